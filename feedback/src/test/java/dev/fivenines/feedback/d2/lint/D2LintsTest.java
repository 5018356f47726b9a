package dev.fivenines.feedback.d2.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.compile.D2Compiler;
import dev.fivenines.feedback.d2.compile.FileResolver;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class D2LintsTest {

    private List<Diagnostic> warnings(String text) {
        return new D2Compiler().compile(new SourceText("t.d2", text), FileResolver.none()).diagnostics().stream()
                .filter(d -> !d.isError()).toList();
    }

    @Test
    void lintWhenIdMentionedOnceIsNearMissOfAnotherThenWarnsAtTheTypo() {
        List<Diagnostic> warnings = warnings("client -> server\nserver.shape: cylinder\nclient -> serevr\n");

        assertThat(warnings).extracting(Diagnostic::code).containsExactly("d2.lint.near_miss_id");
        assertThat(warnings.getFirst().start().line()).isEqualTo(2);
    }

    @Test
    void lintWhenDollarsInADoubleQuotedLabelThenD2ErrorsKeptAndOneHintToQuoteOrEscape() {
        List<Diagnostic> all = new D2Compiler().compile(new SourceText("t.d2",
                "client -> parser: \"*3 $3 SET $1 k $1 v\"\nparser -> client: \"$2 OK\"\n"), FileResolver.none())
                .diagnostics();

        assertThat(all).filteredOn(Diagnostic::isError).extracting(Diagnostic::message)
                .hasSizeGreaterThan(1).containsOnly("substitutions must begin on {");
        assertThat(all).filteredOn(d -> !d.isError()).singleElement().satisfies(hint -> {
            assertThat(hint.code()).isEqualTo("d2.lint.dollar_in_label");
            assertThat(hint.message()).contains("single quotes", "\\$");
            assertThat(hint.start().line()).isZero();
        });
    }

    @Test
    void lintWhenDollarsInSingleQuotesThenNeitherErrorNorHint() {
        assertThat(new D2Compiler().compile(new SourceText("t.d2", "client -> parser: '*3 $3 SET'\n"),
                FileResolver.none()).diagnostics()).isEmpty();
    }

    @Test
    void lintWhenDistinctShortNamesThenNoNearMissWarning() {
        assertThat(warnings("a -> b\nb -> c\nab\n")).isEmpty();
    }

    @Test
    void lintWhenKeywordMisspeltThenWarnsWithTheKeyword() {
        List<Diagnostic> warnings = warnings("x: {lable: hello}\n");

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("d2.lint.keyword_typo");
            assertThat(w.message()).contains("\"label\"");
        });
    }

    @Test
    void lintWhenSiblingsNumberedDifferentlyThenNoNearMissWarning() {
        // replica1 is mentioned once and one edit from replica2: numbered on purpose, not a typo
        assertThat(warnings("primary -> replica1\nprimary -> replica2\nreplica2: second\nshard10 -> shard1\nshard1: S\n"))
                .isEmpty();
    }

    @Test
    void lintWhenNumberedNameMisspeltThenNearMissWarning() {
        assertThat(warnings("primary -> replcia1\nprimary -> replica1\nreplica1: first\n")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"replcia1\"", "\"replica1\""));
    }

    @Test
    void lintWhenNumberedNameThenNoKeywordTypoWarning() {
        // step1 is one edit from "steps" and icon2 from "icon", but a number says the name is meant
        assertThat(warnings("step1: Step 1\nstep2: Step 2\nstep1 -> step2\nicon2 -> step1\n")).isEmpty();
    }

    @Test
    void lintWhenNameIsOneEditFromTwoKeywordsThenSuggestsTheFirstInEveryRun() {
        // "classe" is one edit from both "class" and "classes"; the suggestion must not depend on
        // iteration order (it came from a Set.of, whose order changes from one JVM run to the next).
        assertThat(warnings("x: {classe: a}\n")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("did you mean \"class\"?"));
    }

    @Test
    void lintWhenUnquotedHexColourThenValidityUnchangedAndHintGiven() {
        var graph = new D2Compiler().compile(new SourceText("t.d2", "x.style.fill: #ff0000\n"), FileResolver.none());

        assertThat(graph.valid()).isFalse();
        assertThat(graph.diagnostics()).filteredOn(d -> !d.isError()).extracting(Diagnostic::code)
                .containsExactly("d2.lint.unquoted_hex_colour");
    }

    @Test
    void lintWhenHexColourQuotedThenNoWarning() {
        assertThat(warnings("x.style.fill: \"#ff0000\"\n")).isEmpty();
    }

    @Test
    void lintWhenEdgeEndsAtContainerWithOneChildThenSuggestsTheChild() {
        List<Diagnostic> warnings = warnings("client -> server\nserver: {redis}\n");

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("d2.lint.edge_to_container");
            assertThat(w.message()).contains("server.redis");
        });
    }

    @Test
    void lintWhenWarningsFoundThenValidityIsUnchanged() {
        assertThat(new D2Compiler().compile(new SourceText("t.d2", "x: {lable: hello}\n"), FileResolver.none())
                .valid()).isTrue();
    }
}
