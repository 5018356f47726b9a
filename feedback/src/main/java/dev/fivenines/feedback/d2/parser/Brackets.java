package dev.fivenines.feedback.d2.parser;

/** Skipping a container that is nested too deeply to parse, without recursion. */
final class Brackets {

    private Brackets() {
    }

    /**
     * The offset just after the bracket that closes the one at {@code open}, counting all
     * <code>&#123; [</code> and <code>&#125; ]</code> alike (strings are not honoured: the error is already reported),
     * or the end of the text.
     */
    static int skipBalanced(String text, int open) {
        int level = 0;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '{' || ch == '[') {
                level++;
            } else if ((ch == '}' || ch == ']') && --level == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
