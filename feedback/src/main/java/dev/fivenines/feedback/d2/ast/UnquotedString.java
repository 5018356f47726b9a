package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * An unquoted string. In keys it may be a glob ({@code pattern} true when it contains an unescaped
 * {@code *}); in values it may hold substitutions.
 *
 * <p>A class rather than a record: nearly every key and value is plain text, and such a string
 * keeps its text itself. Its single literal part is made only when {@link #parts()} is asked for,
 * which spares the parser two objects per string and every later reader a join.
 */
public final class UnquotedString implements StringValue {

    private final Span span;
    private final boolean pattern;
    /** The decoded text when the string is one literal; null when it holds a substitution. */
    private final String plainText;
    /** The parts when the string holds a substitution; null for plain text. */
    private final List<StringPart> parts;

    public UnquotedString(Span span, List<StringPart> parts, boolean pattern) {
        this.span = Objects.requireNonNull(span);
        this.pattern = pattern;
        if (parts.size() == 1 && parts.getFirst() instanceof StringPart.Literal literal
                && literal.span().equals(span)) {
            this.plainText = literal.text();
            this.parts = null;
        } else {
            this.plainText = null;
            this.parts = List.copyOf(parts);
        }
    }

    private UnquotedString(Span span, String plainText, boolean pattern) {
        this.span = span;
        this.pattern = pattern;
        this.plainText = Objects.requireNonNull(plainText);
        this.parts = null;
    }

    /** One literal covering the whole span: what {@code new UnquotedString(span, List.of(literal), pattern)} holds. */
    public static UnquotedString plain(Span span, String text, boolean pattern) {
        return new UnquotedString(span, text, pattern);
    }

    public Span span() {
        return span;
    }

    /** True when the string is literal text alone (no substitution): {@link #value()} is then all of it. */
    public boolean isPlain() {
        return plainText != null;
    }

    public List<StringPart> parts() {
        return parts != null ? parts : List.of(new StringPart.Literal(span, plainText));
    }

    public boolean pattern() {
        return pattern;
    }

    @Override
    public String value() {
        return plainText != null ? plainText : StringParts.join(parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnquotedString that && span.equals(that.span) && pattern == that.pattern
                && parts().equals(that.parts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(span, parts(), pattern);
    }

    @Override
    public String toString() {
        return "UnquotedString[span=" + span + ", parts=" + parts() + ", pattern=" + pattern + "]";
    }
}
