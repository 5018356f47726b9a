package dev.fivenines.feedback.d2.source;

/**
 * A point in a source text. All three numbers are zero-based: {@code offset} and {@code column}
 * count UTF-16 code units. Messages add one to line and column when they show them to people.
 */
public record Position(int offset, int line, int column) {

    /** One-based {@code line:col}, as error messages print it. */
    public String display() {
        return (line + 1) + ":" + (column + 1);
    }
}
