package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.ast.BlockString;
import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.DoubleQuotedString;
import dev.fivenines.feedback.d2.ast.Edge;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.NumberValue;
import dev.fivenines.feedback.d2.ast.StringPart;
import dev.fivenines.feedback.d2.ast.Substitution;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Focused behaviours of the parser; the golden corpus and the conformance test cover the breadth. */
class D2ParserTest {

    private static ParseResult parse(String text) {
        return ParseInvariants.parseAndCheck(text);
    }

    private static MapKey firstKey(String text) {
        return (MapKey) parse(text).document().nodes().getFirst();
    }

    @Nested
    class Contract {

        @Test
        void parseWhenEmptyInputThenEmptyDocumentWithoutDiagnostics() {
            ParseResult result = parse("");

            assertThat(result.document().nodes()).isEmpty();
            assertThat(result.hasErrors()).isFalse();
        }

        @Test
        void parseWhenBrokenInputThenPartialTreeAndErrors() {
            ParseResult result = parse("a -> b\nx: \"open\nc");

            assertThat(result.document().nodes()).hasSize(3);
            assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                    .containsExactly("2:4: double quoted strings must be terminated with \"");
        }

        @Test
        void parseWhenSupplementaryCharactersBeforeErrorThenColumnCountsUtf16Units() {
            ParseResult result = parse("\ud83d\ude00: \"a\" b");

            assertThat(result.diagnostics().getFirst().start().column()).isEqualTo(7);
        }
    }

    @Nested
    class Keys {

        @Test
        void parseWhenSingleDashInsideKeyThenOneKeyNotAnEdge() {
            MapKey key = firstKey("a - b");

            assertThat(key.isEdge()).isFalse();
            assertThat(key.key().last().value()).isEqualTo("a - b");
        }

        @Test
        void parseWhenStarInUnquotedKeyThenPatternButNotWhenQuoted() {
            assertThat(((UnquotedString) firstKey("a*: x").key().last()).pattern()).isTrue();
            assertThat(firstKey("\"a*\": x").key().last()).isInstanceOf(DoubleQuotedString.class);
        }

        @Test
        void parseWhenQuotedKeyHasDollarThenNoSubstitutionInKey() {
            DoubleQuotedString key = (DoubleQuotedString) firstKey("\"a${b}\": x").key().last();

            assertThat(key.parts()).singleElement().isInstanceOf(StringPart.Literal.class);
            assertThat(key.value()).isEqualTo("a${b}");
        }
    }

    @Nested
    class Edges {

        @Test
        void parseWhenChainThenOneEdgePerHopSharingEndpoints() {
            MapKey key = firstKey("a -> b <- c -- d: hops");

            assertThat(key.edges()).extracting(e -> e.srcArrow() + "-" + e.dstArrow())
                    .containsExactly("->", "<-", "-");
            Edge second = key.edges().get(1);
            assertThat(second.src()).isSameAs(key.edges().getFirst().dst());
        }

        @Test
        void parseWhenSourceEndsAtOperatorThenItsTextAndSpanStopBeforeTheSpaces() {
            for (String text : new String[] {"ab -> c", "ab->c", "ab -- c", "ab -* c", "ab  --> c"}) {
                UnquotedString src = (UnquotedString) firstKey(text).edges().getFirst().src().last();

                assertThat(src.value()).as(text).isEqualTo("ab");
                assertThat(src.span().start()).as(text).isZero();
                assertThat(src.span().end()).as(text).isEqualTo(2);
            }
        }

        @Test
        void parseWhenDashInsideSourceThenItStaysInTheName() {
            MapKey key = firstKey("a-b -> c");

            assertThat(key.edges().getFirst().src().last().value()).isEqualTo("a-b");
            assertThat(key.edges().getFirst().dst().last().value()).isEqualTo("c");
        }

        @Test
        void parseWhenEdgeGroupWithIndexAndKeyThenAllPartsSet() {
            MapKey key = firstKey("(a -> b)[2].style.stroke: red");

            assertThat(key.edges()).hasSize(1);
            assertThat(key.edgeIndex().index()).isEqualTo(2);
            assertThat(key.edgeKey().path()).extracting(s -> s.value()).containsExactly("style", "stroke");
        }
    }

    @Nested
    class Values {

        @Test
        void parseWhenScalarThenMapOnSameLineThenPrimaryAndMap() {
            MapKey key = firstKey("x: label {shape: circle}");

            assertThat(key.primary().text()).isEqualTo("label");
            assertThat(key.value()).isInstanceOf(D2Map.class);
        }

        @Test
        void parseWhenNumberLikeThenNumberKeepsRawSpelling() {
            assertThat(((NumberValue) firstKey("x: 0x1F").value()).raw()).isEqualTo("0x1F");
            assertThat(firstKey("x: 1/0").value()).isInstanceOf(UnquotedString.class);
        }

        @Test
        void parseWhenSubstitutionInValueThenLiteralAndSubstitutionParts() {
            UnquotedString value = (UnquotedString) firstKey("x: Hello ${names.first}!").value();

            assertThat(value.parts()).hasSize(3);
            assertThat(value.parts().get(0)).isEqualTo(new StringPart.Literal(value.parts().get(0).span(), "Hello "));
            assertThat(((Substitution) value.parts().get(1)).path().path()).extracting(s -> s.value())
                    .containsExactly("names", "first");
        }

        @Test
        void parseWhenBlockStringWithLongerQuoteThenBodyMayHoldShorterRuns() {
            BlockString block = (BlockString) firstKey("x: |||go\n  a || b\n|||").value();

            assertThat(block.quote()).isEqualTo("||");
            assertThat(block.tag()).isEqualTo("go");
            assertThat(block.value()).isEqualTo("a || b");
        }

        @Test
        void parseWhenHexColorUnquotedThenMissingValueAsD2Reports() {
            ParseResult result = D2Parser.parse(SourceText.of("x.style.fill: #ff0000"));

            assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                    .containsExactly("1:14: missing value after colon");
        }
    }
}
