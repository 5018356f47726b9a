package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.ast.Node;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;

/** What must hold for every parse of every input. */
final class ParseInvariants {

    private ParseInvariants() {
    }

    /** Parses {@code text} and checks the result; fails with an assertion error, never hides a throw. */
    static ParseResult parseAndCheck(String text) {
        SourceText source = SourceText.of(text);
        ParseResult result = D2Parser.parse(source);
        assertThat(result.document()).isNotNull();
        assertThat(result.document().span()).isEqualTo(new Span(0, text.length()));
        for (Node node : AstWalk.all(result.document())) {
            assertWithin(node.span(), text, node);
        }
        for (Diagnostic d : result.diagnostics()) {
            assertWithin(d.span(), text, d);
            assertThat(d.code()).matches("d2\\.syntax\\.[a-z_]+");
            assertThat(d.message()).isNotBlank();
        }
        return result;
    }

    private static void assertWithin(Span span, String text, Object what) {
        assertThat(span.end()).as("span of %s", what).isLessThanOrEqualTo(text.length());
        assertThat(span.start()).as("span of %s", what).isBetween(0, span.end());
    }
}
