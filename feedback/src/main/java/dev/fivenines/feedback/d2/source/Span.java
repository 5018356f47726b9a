package dev.fivenines.feedback.d2.source;

/**
 * A half-open range {@code [start, end)} of a source text, in UTF-16 code units ({@code char}
 * indexes), which is what browsers and LSP clients count. Never negative; {@code start <= end}.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public int length() {
        return end - start;
    }
}
