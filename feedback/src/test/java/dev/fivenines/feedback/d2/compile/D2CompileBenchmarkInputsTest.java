package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's generated diagrams must compile cleanly: an input with a parse error measures
 * the parser and an early exit instead of the compiler (the typical diagram did, until a
 * {@code dictEntry[]} type was quoted). Benchmarks do not run in CI; this does.
 */
class D2CompileBenchmarkInputsTest {

    @Test
    void typicalDiagramCompilesWithoutDiagnostics() {
        SourceText typical = D2CompileBenchmark.typicalDiagram();

        DiagramGraph graph = new D2Compiler().compile(typical, FileResolver.none());

        assertThat(typical.lineCount()).isBetween(100, 150);
        assertThat(graph.diagnostics()).isEmpty();
        assertThat(graph.root()).isNotNull();
        assertThat(graph.root().shapes()).hasSizeGreaterThan(30);
    }

    @Test
    void largeDiagramCompilesWithoutDiagnostics() {
        SourceText large = D2CompileBenchmark.generatedLarge();

        DiagramGraph graph = new D2Compiler().compile(large, FileResolver.none());

        assertThat(large.lineCount()).isGreaterThanOrEqualTo(5000);
        assertThat(graph.diagnostics()).isEmpty();
        assertThat(graph.root().connections()).hasSize(3000);
    }
}
