package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.parser.FuzzRun;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser fuzz's inputs through the whole compile (IR, graph, lints), off by default:
 * {@code -Dfuzz.minutes=10}. The compiler turns its own bugs into an "internal compiler error"
 * diagnostic rather than throwing, so a failure here is any {@code .internal} diagnostic (or
 * anything thrown). Its first runs found an import without a path and a var spread into itself.
 * Also runnable with {@link #main} (arguments: minutes, output directory).
 */
class D2CompilerFuzzTest {

    @Test
    void compileWhenFuzzedForConfiguredMinutesThenNoInternalErrors() throws IOException {
        String minutes = System.getProperty("fuzz.minutes");
        assumeTrue(minutes != null, "fuzz run not requested (-Dfuzz.minutes=N)");

        FuzzRun.Report report = fuzz(Duration.ofSeconds(Math.round(Double.parseDouble(minutes) * 60)),
                Path.of("target"));

        assertThat(report.inputs()).isPositive();
        assertThat(report.failures()).isZero();
    }

    public static void main(String[] args) throws IOException {
        FuzzRun.Report report = fuzz(Duration.ofSeconds(Math.round(Double.parseDouble(args[0]) * 60)),
                Path.of(args[1]));
        System.exit(report.failures() == 0 ? 0 : 1);
    }

    static FuzzRun.Report fuzz(Duration budget, Path outDir) throws IOException {
        D2Compiler compiler = new D2Compiler();
        return FuzzRun.run("compile", budget, outDir, text -> check(compiler, text));
    }

    private static void check(D2Compiler compiler, String text) {
        DiagramGraph graph = compiler.compile(new SourceText("fuzz.d2", text), FileResolver.none());
        List<Diagnostic> internal = graph.diagnostics().stream().filter(d -> d.code().endsWith(".internal"))
                .toList();
        if (!internal.isEmpty()) {
            throw new AssertionError("internal error: " + internal);
        }
    }
}
