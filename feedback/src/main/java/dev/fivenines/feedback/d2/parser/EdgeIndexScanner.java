package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.EdgeIndex;

/** {@code [n]} or {@code [*]} after an edge group. */
final class EdgeIndexScanner {

    private final Cursor c;

    EdgeIndexScanner(Cursor cursor) {
        this.c = cursor;
    }

    /** With the cursor after the {@code [} at {@code start}; null when nothing usable follows. */
    EdgeIndex parse(int start) {
        int j = c.nextOnLine();
        if (j < 0) {
            return null;
        }
        Integer index = null;
        boolean glob = false;
        char first = c.charAt(j);
        if (Character.isDigit(first)) {
            c.pos = j + 1;
            index = readDigits(start, first);
            if (index == null) {
                return null;
            }
        } else if (first == '*') {
            c.pos = j + 1;
            glob = true;
        } else {
            c.error(Codes.BAD_EDGE_INDEX, "unexpected character in edge index", c.pos - 1, c.pos);
        }
        j = c.nextOnLine();
        if (j < 0 || c.charAt(j) != ']') {
            c.error(Codes.UNTERMINATED_EDGE_INDEX, "unterminated edge index", start, c.pos);
            return new EdgeIndex(c.span(start, c.pos), index, glob);
        }
        c.pos = j + 1;
        return new EdgeIndex(c.span(start, c.pos), index, glob);
    }

    /** Digits up to (not including) {@code ]}; other chars are reported and skipped. */
    private Integer readDigits(int start, char first) {
        long value = Character.digit(first, 10);
        while (true) {
            int j = c.nextOnLine();
            if (j < 0) {
                c.error(Codes.UNTERMINATED_EDGE_INDEX, "unterminated edge index", start, c.pos);
                return null;
            }
            char ch = c.charAt(j);
            if (ch == ']') {
                return (int) Math.min(value, Integer.MAX_VALUE);
            }
            c.pos = j + 1;
            if (!Character.isDigit(ch)) {
                c.error(Codes.BAD_EDGE_INDEX, "unexpected character in edge index", j, j + 1);
                continue;
            }
            value = Math.min(value * 10 + Character.digit(ch, 10), Integer.MAX_VALUE);
        }
    }
}
