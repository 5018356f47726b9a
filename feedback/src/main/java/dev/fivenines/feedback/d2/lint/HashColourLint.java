package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fill: #ff0000}: {@code #} starts a comment, so d2 says "missing value after colon" (or
 * silently drops the value in a map). Colours must be quoted: {@code fill: "#ff0000"}.
 */
final class HashColourLint {

    static final String CODE = "d2.lint.unquoted_hex_colour";
    private static final Pattern UNQUOTED = Pattern.compile(
            "([A-Za-z-]+)[ \\t]*:[ \\t]*(#(?:[0-9A-Fa-f]{3,4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}))\\b");

    private HashColourLint() {
    }

    static List<Diagnostic> check(SourceText source) {
        List<Diagnostic> out = new ArrayList<>();
        Matcher matcher = UNQUOTED.matcher(source.text());
        while (matcher.find()) {
            if (insideQuotesOrComment(source.text(), matcher.start(2))) {
                continue;
            }
            String colour = matcher.group(2);
            out.add(Diagnostic.warning(CODE, "the colour " + colour + " is read as a comment because # starts one;"
                            + " quote it: " + matcher.group(1) + ": \"" + colour + "\"", source,
                    new Span(matcher.start(2), matcher.end(2))));
        }
        return out;
    }

    /** True when an odd number of quotes or a # precedes the offset on its line. */
    private static boolean insideQuotesOrComment(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int doubles = 0;
        int singles = 0;
        for (int i = lineStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                doubles++;
            } else if (c == '\'') {
                singles++;
            } else if (c == '#' && doubles % 2 == 0 && singles % 2 == 0) {
                return true;
            }
        }
        return doubles % 2 == 1 || singles % 2 == 1;
    }
}
