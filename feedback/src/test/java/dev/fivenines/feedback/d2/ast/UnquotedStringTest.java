package dev.fivenines.feedback.d2.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnquotedStringTest {

    private static final Span SPAN = new Span(3, 8);

    @Test
    void plainTextIsTheStringWithOneLiteralOverItsSpan() {
        UnquotedString plain = UnquotedString.plain(SPAN, "redis", false);
        UnquotedString fromParts = new UnquotedString(SPAN, List.of(new StringPart.Literal(SPAN, "redis")), false);

        assertThat(plain.isPlain()).isTrue();
        assertThat(fromParts.isPlain()).isTrue();
        assertThat(plain.value()).isEqualTo("redis");
        assertThat(plain.parts()).containsExactly(new StringPart.Literal(SPAN, "redis"));
        assertThat(plain).isEqualTo(fromParts).hasSameHashCodeAs(fromParts);
        assertThat(plain).isNotEqualTo(UnquotedString.plain(SPAN, "redis", true));
    }

    @Test
    void aLiteralOverPartOfTheSpanIsKeptAsAPart() {
        StringPart.Literal inner = new StringPart.Literal(new Span(4, 8), "edis");
        UnquotedString string = new UnquotedString(SPAN, List.of(inner), false);

        assertThat(string.isPlain()).isFalse();
        assertThat(string.parts()).containsExactly(inner);
        assertThat(string.value()).isEqualTo("edis");
    }

    @Test
    void aSubstitutionMakesTheStringInterpolated() {
        UnquotedString name = UnquotedString.plain(new Span(6, 7), "v", false);
        Substitution substitution = new Substitution(new Span(4, 8), false, new KeyPath(new Span(6, 7), List.of(name)));
        UnquotedString string = new UnquotedString(new Span(0, 8),
                List.of(new StringPart.Literal(new Span(0, 4), "hi: "), substitution), false);

        assertThat(string.isPlain()).isFalse();
        assertThat(string.parts()).hasSize(2);
        assertThat(string.value()).isEqualTo("hi: ${v}");
    }
}
