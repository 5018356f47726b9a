package dev.fivenines.feedback.d2.source;

import java.util.Objects;

/**
 * A problem found in a D2 source: by the parser, the compiler, or the learner-oriented lints.
 *
 * @param severity ERROR makes the diagram invalid (what the real d2 rejects); WARNING and INFO
 *                 are our own advice and never change validity
 * @param code     a stable dotted code, e.g. {@code d2.syntax.unterminated_map}
 * @param message  the text shown to people, in d2's own wording where d2 has one
 * @param source   the file the span points into (imports make this differ from the entry file)
 * @param span     where, in UTF-16 offsets of {@code source}
 */
public record Diagnostic(Severity severity, String code, String message, SourceText source, Span span) {

    public enum Severity { ERROR, WARNING, INFO }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    public static Diagnostic error(String code, String message, SourceText source, Span span) {
        return new Diagnostic(Severity.ERROR, code, message, source, span);
    }

    public static Diagnostic warning(String code, String message, SourceText source, Span span) {
        return new Diagnostic(Severity.WARNING, code, message, source, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Position start() {
        return source.position(span.start());
    }

    public Position end() {
        return source.position(span.end());
    }

    /** {@code line:col: message} with one-based numbers, as d2 prints it. */
    @Override
    public String toString() {
        return start().display() + ": " + message;
    }
}
