package dev.fivenines.feedback.d2.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * One D2 file: its name (as the user gave it, may be empty) and its whole text, with the offsets
 * at which lines start so that offsets turn into line and column in O(log lines).
 */
public final class SourceText {

    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.lineStarts = computeLineStarts(text);
    }

    public static SourceText of(String text) {
        return new SourceText("", text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The position of {@code offset}; offsets past the end are clamped to the end. */
    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(clamped, line, clamped - lineStarts[line]);
    }

    /** The text of the span. */
    public String slice(Span span) {
        return text.substring(span.start(), Math.min(span.end(), text.length()));
    }

    /** The zero-based line's text without its line terminator. */
    public String line(int line) {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int[] computeLineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
