package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fill: #ff0000}: {@code #} starts a comment, so d2 says "missing value after colon" (or
 * silently drops the value in a map). Colours must be quoted: {@code fill: "#ff0000"}.
 */
final class HashColourLint {

    static final String CODE = "d2.lint.unquoted_hex_colour";

    private HashColourLint() {
    }

    static List<Diagnostic> check(SourceText source) {
        List<Diagnostic> out = new ArrayList<>();
        String text = source.text();
        // only the '#' characters can start a colour: visiting them alone keeps this lint O(n) and cheap
        for (int hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
            int end = hexEnd(text, hash + 1);
            int digits = end - hash - 1;
            if (digits != 3 && digits != 4 && digits != 6 && digits != 8) {
                continue;
            }
            String key = keyBeforeColon(text, hash);
            if (key == null || insideQuotesOrComment(text, hash)) {
                continue;
            }
            String colour = text.substring(hash, end);
            out.add(Diagnostic.warning(CODE, "the colour " + colour + " is read as a comment because # starts one;"
                    + " quote it: " + key + ": \"" + colour + "\"", source, new Span(hash, end)));
        }
        return out;
    }

    private static int hexEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.digit(text.charAt(i), 16) >= 0) {
            i++;
        }
        boolean wordFollows = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
        return wordFollows ? from : i;
    }

    /** The key in {@code key: #...}, or null when the '#' does not directly follow a colon. */
    private static String keyBeforeColon(String text, int hash) {
        int i = hash - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return null;
        }
        i--;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i--;
        }
        return end - i - 1 > 0 ? text.substring(i + 1, end) : null;
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
