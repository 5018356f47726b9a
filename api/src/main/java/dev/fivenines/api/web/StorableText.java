package dev.fivenines.api.web;

import java.util.List;
import java.util.Map;

/**
 * Text we store must be storable exactly. PostgreSQL {@code text} cannot hold U+0000, and a lone
 * UTF-16 surrogate has no UTF-8 form at all (the driver would store {@code ?} while the 201 echoed
 * the original, and an idempotent retry would then no longer match). Storing such text "exactly"
 * is impossible without an escaping that changes what the learner wrote, so it is refused with a
 * 400 naming where the offending character is.
 */
final class StorableText {

    private StorableText() {
    }

    /** Throws a 400 validation problem at the first NUL or lone surrogate in {@code value}. */
    static void check(String field, String value) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String problem = null;
            if (c == '\0') {
                problem = "contains a NUL character (U+0000), which cannot be stored";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                problem = "contains a lone surrogate (U+" + hex(c) + "), which is not valid Unicode text";
            } else if (Character.isLowSurrogate(c)) {
                problem = "contains a lone surrogate (U+" + hex(c) + "), which is not valid Unicode text";
            } else if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (problem != null) {
                throw rejected(field, problem, line, i - lineStart + 1);
            }
        }
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    /** Columns are 1-based UTF-16 code units, as in every other position this API reports. */
    private static ApiException rejected(String field, String problem, int line, int column) {
        String message = field + " " + problem + " at line " + line + ", column " + column + ".";
        return new ApiException(Problem.of(ProblemType.VALIDATION_FAILED, message)
                .with("errors", List.of(Map.of("field", field, "message", message, "line", line, "column", column))));
    }
}
