package dev.fivenines.feedback.d2.parser;

/**
 * How D2 cleans the body of block strings and block comments: trailing space after the last
 * newline goes, then the indent common to all non-blank lines (a tab counts as two spaces).
 */
final class BlockText {

    private BlockText() {
    }

    static String clean(String body) {
        return trimCommonIndent(trimSpaceAfterLastNewline(body));
    }

    static String trimSpaceAfterLastNewline(String s) {
        int lastNewline = s.lastIndexOf('\n');
        if (lastNewline < 0) {
            return stripTrailingSpace(s);
        }
        String lastLine = stripTrailingSpace(s.substring(lastNewline + 1));
        if (lastLine.isEmpty()) {
            return s.substring(0, lastNewline);
        }
        return s.substring(0, lastNewline + 1) + lastLine;
    }

    static String stripTrailingSpace(String s) {
        int end = s.length();
        while (end > 0 && Cursor.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    static String trimCommonIndent(String s) {
        int common = -1;
        for (String line : s.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int width = indentWidth(line);
            if (width == 0) {
                return s;
            }
            if (width < 0) {
                continue; // whitespace-only lines do not count
            }
            if (common < 0 || width < common) {
                common = width;
            }
        }
        return common <= 0 ? s : trimIndent(s, common);
    }

    /** Indent width of a line (tab = 2), or -1 when the line is only whitespace. */
    private static int indentWidth(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Cursor.isSpace(c)) {
                return width;
            }
            width += c == '\t' ? 2 : 1;
        }
        return -1;
    }

    private static String trimIndent(String s, int indent) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int n = 0; n < lines.length; n++) {
            if (n > 0) {
                out.append('\n');
            }
            out.append(stripIndent(lines[n], indent));
        }
        return out.toString();
    }

    /** Go's splitLeadingIndent with a maximum: stops once exactly {@code max} columns are removed. */
    private static String stripIndent(String line, int max) {
        int width = 0;
        int i = 0;
        while (i < line.length() && Cursor.isSpace(line.charAt(i))) {
            width += line.charAt(i) == '\t' ? 2 : 1;
            i++;
            if (width == max) {
                break;
            }
        }
        return line.substring(i);
    }
}
