package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.parser.FuzzRun;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser fuzz's inputs through the whole compile (IR, graph, lints), off by default:
 * {@code -Dfuzz.minutes=10}. The compiler turns its own bugs into an "internal compiler error"
 * diagnostic rather than throwing, so a failure here is any {@code .internal} diagnostic, anything
 * thrown, or an input that takes seconds. Its first runs found eight such inputs (empty import
 * paths, vars spread into themselves, globs and classes that apply themselves without end).
 * Also runnable with {@link #main} (arguments: minutes, output directory).
 */
class D2CompilerFuzzTest {

    @Test
    void compileWhenFuzzedForConfiguredMinutesThenNoInternalErrors() throws IOException {
        FuzzRun.runForConfiguredMinutes("compile", check(new D2Compiler()));
    }

    public static void main(String[] args) throws IOException {
        FuzzRun.runFromCommandLine(args, "compile", check(new D2Compiler()));
    }

    private static java.util.function.Consumer<String> check(D2Compiler compiler) {
        return text -> {
            DiagramGraph graph = compiler.compile(new SourceText("fuzz.d2", text), FileResolver.none());
            List<Diagnostic> internal = graph.diagnostics().stream().filter(d -> d.code().endsWith(".internal"))
                    .toList();
            if (!internal.isEmpty()) {
                throw new AssertionError("internal error: " + internal);
            }
        };
    }
}
