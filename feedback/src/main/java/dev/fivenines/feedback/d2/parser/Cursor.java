package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The index-based scanner state shared by the productions of one parse: the text, the offset of
 * the next unread {@code char}, and the diagnostics found so far. Offsets are UTF-16 code units.
 * D2's tokens depend on context, so this class only offers character-level helpers; the parser
 * decides what a character means.
 */
final class Cursor {

    final SourceText source;
    final String text;
    final int length;
    /** Offset of the next unread char. */
    int pos;
    /** D2's own depth counter (maps, arrays, block strings and comments): it sets block-string indent. */
    int depth;
    /** Maps and arrays currently open; capped by {@link D2Parser#MAX_NESTING}. */
    int nesting;
    /** Inside {@code ( ... )} a {@code )} may end an unquoted key. */
    boolean inEdgeGroup;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Cursor(SourceText source) {
        this.source = source;
        this.text = source.text();
        this.length = text.length();
    }

    boolean atEnd() {
        return pos >= length;
    }

    boolean atEnd(int offset) {
        return offset >= length;
    }

    char charAt(int offset) {
        return text.charAt(offset);
    }

    /** The offset of the first non-space char at or after {@code from} (may be {@link #length}). */
    int skipSpace(int from) {
        int i = from;
        while (i < length && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when {@code [from, to)} contains a line feed: the next token is on another line. */
    boolean newlineBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    int countNewlines(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * The offset of the next token on the current line, or -1 when the input ends or a newline
     * comes first (D2's {@code peekNotSpace} followed by the usual eof/newline check).
     */
    int nextOnLine() {
        return nextOnLine(pos);
    }

    /** {@link #nextOnLine()} from {@code from}: one pass that stops at the first newline. */
    int nextOnLine(int from) {
        for (int i = from; i < length; i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                return -1;
            }
            if (!isSpace(ch)) {
                return i;
            }
        }
        return -1;
    }

    void error(String code, String message, int start, int end) {
        int s = clamp(start);
        int e = Math.max(s, clamp(end));
        diagnostics.add(Diagnostic.error(code, message, source, new Span(s, e)));
    }

    Span span(int start, int end) {
        int s = clamp(start);
        return new Span(s, Math.max(s, clamp(end)));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }

    /** Go's {@code unicode.IsSpace} for one UTF-16 unit (all its spaces are in the BMP). */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r'); // the hot path: ASCII
        }
        if (c < '\u0085') {
            return false;
        }
        return c == '\u0085' || c == '\u00A0' || (c > '\u00ff' && Character.isSpaceChar(c));
    }

    static boolean isSpace(int codePoint) {
        return codePoint <= Character.MAX_VALUE && isSpace((char) codePoint);
    }
}
