package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bombs of the security probe (issue 20, SECURITY-PROBE.md F1 and F2) and variants, against
 * the compiler itself: each compiles normally or ends with one {@code d2.compile.too_large} error,
 * with little memory. Before the fix the globs ran for minutes to hours (backtracking regex) and
 * the vars filled the heap; the timeouts are safety nets only, not performance claims.
 */
@Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a regex cannot be interrupted: abandon it
class D2CompilerHostileInputTest {

    /** Far above what these compiles need (a few MB), far below what the bombs took (GBs). */
    private static final long ALLOCATION_LIMIT = 256L << 20;

    private final D2Compiler compiler = new D2Compiler();

    /** F1: {@code *} was {@code .*} in a backtracking regex; k stars over n chars cost C(n, k). */
    @Nested
    class GlobBombs {

        @ParameterizedTest(name = "{0}-char label")
        @ValueSource(ints = {100, 150, 3_000})
        void compileWhenALabelFilterHasManyStarsThenCompilesAtOnce(int labelLength) {
            String stars = labelLength == 3_000 ? "a*".repeat(20) : "a*".repeat(6);
            String source = "x: \"" + "a".repeat(labelLength) + "\"\n*: {\n  &label: " + stars + "b\n"
                    + "  style.fill: red\n}\n";

            assertValid(source); // 155 and 205 bytes: the probe's 50 s and ~10 min
        }

        @Test
        void compileWhenTheFilterMatchesThenTheGlobApplies() {
            String source = "x: \"" + "a".repeat(150) + "\"\n*: {\n  &label: " + "a*".repeat(6) + "a\n"
                    + "  shape: circle\n}\n";

            DiagramGraph graph = compileWithin(source);

            assertThat(graph.diagnostics()).isEmpty();
            assertThat(graph.root().shapes()).extracting(Shape::shape).containsExactly("circle");
        }

        @ParameterizedTest(name = "{1} stars over {0} é")
        @org.junit.jupiter.params.provider.CsvSource({"100, 5", "60, 7", "250, 15"})
        void compileWhenANonAsciiGlobKeyHasManyStarsThenCompilesAtOnce(int letters, int stars) {
            String source = "é".repeat(letters) + "\n" + "é*".repeat(stars) + "x: red\n"; // 223 bytes for 100/5

            DiagramGraph graph = compileWithin(source);

            assertThat(graph.diagnostics()).extracting(Diagnostic::code).doesNotContain("d2.compile.too_large",
                    "d2.compile.internal");
        }

        @Test
        void compileWhenAnEdgeLabelFilterHasManyStarsThenCompilesAtOnce() {
            String source = "x -> y: \"" + "a".repeat(150) + "\"\n(* -> *)[*]: {\n  &label: " + "a*".repeat(8)
                    + "b\n  style.stroke: red\n}\n";

            assertValid(source);
        }

        @Test
        void compileWhenAnEdgeEndFilterHasManyStarsThenCompilesAtOnce() {
            String name = "é".repeat(150);
            String source = name + " -> y\n(* -> *)[*]: {\n  &src: " + "é*".repeat(8) + "b\n  style.stroke: red\n}\n";

            assertValid(source);
        }

        /** Each character compared is a step: a long part tried at every position is capped, not run. */
        @Test
        void compileWhenAGlobPartIsComparedAtEveryPositionThenOneTooLargeError() {
            String source = "x: \"" + "a".repeat(30_000) + "\"\n*: {\n  &label: *" + "a".repeat(5_000) + "b*\n"
                    + "  style.fill: red\n}\n";

            assertThat(tooLarge(source)).startsWith("the diagram needs more than 5000000 glob matching steps");
        }
    }

    /** F2: {@code a1: ${a0}${a0}}, {@code a2: ${a1}${a1}}... doubled the text at each line. */
    @Nested
    class VarBombs {

        @ParameterizedTest(name = "{0} levels")
        @ValueSource(ints = {22, 24, 40})
        void compileWhenStringVarsDoubleThenOneTooLargeError(int levels) {
            String source = doubling(levels, "x".repeat(100), "${a%d}${a%d}") + "z: ${a" + levels + "}\n";

            assertThat(tooLarge(source)).startsWith("variable substitutions write more than");
        }

        @Test
        void compileWhenNonAsciiVarsDoubleInsideQuotesThenOneTooLargeError() {
            String source = doubling(24, "é".repeat(100), "\"${a%d}${a%d}\"") + "z: ${a24}\n";

            assertThat(tooLarge(source)).startsWith("variable substitutions write more than");
        }

        @Test
        void compileWhenNestedVarsDoubleThenOneTooLargeError() {
            String lines = IntStream.rangeClosed(1, 24)
                    .mapToObj(i -> "    a" + i + ": ${n.a" + (i - 1) + "}${n.a" + (i - 1) + "}\n")
                    .collect(Collectors.joining());
            String source = "vars: {\n  n: {\n    a0: " + "x".repeat(100) + "\n" + lines + "  }\n}\nz: ${n.a24}\n";

            assertThat(tooLarge(source)).startsWith("variable substitutions write more than");
        }

        @Test
        void compileWhenBlockStringVarsDoubleThenOneTooLargeError() {
            String source = doubling(24, "x".repeat(100), "|md ${a%d}${a%d} |") + "z: ${a24}\n";

            assertThat(tooLarge(source)).startsWith("variable substitutions write more than");
        }

        @Test
        void compileWhenVarsDoubleInEdgeLabelsAndBoardsThenOneTooLargeError() {
            String source = doubling(18, "x".repeat(100), "${a%d}${a%d}")
                    + "layers: {l: {a -> b: \"${a18}${a18}${a18}${a18}\"}}\n".repeat(40);

            assertThat(tooLarge(source)).startsWith("variable substitutions write more than");
        }

        @Test
        void compileWhenArraySpreadsDoubleThenOneTooLargeError() {
            String lines = IntStream.rangeClosed(1, 30)
                    .mapToObj(i -> "  a" + i + ": [...${a" + (i - 1) + "}; ...${a" + (i - 1) + "}]\n")
                    .collect(Collectors.joining());
            String source = "vars: {\n  a0: [x; y]\n" + lines + "}\nz.constraint: ${a30}\n";

            assertThat(tooLarge(source)).startsWith("the diagram grows past");
        }

        @Test
        void compileWhenAVarIsUsedOftenButSensiblyThenItCompiles() {
            String shapes = IntStream.range(0, 1_000).mapToObj(i -> "s" + i + ": ${label} " + i + "\n")
                    .collect(Collectors.joining());

            assertValid("vars: {\n  label: " + "a descriptive label ".repeat(5) + "\n}\n" + shapes);
        }

        private static String doubling(int levels, String first, String format) {
            StringBuilder vars = new StringBuilder("vars: {\n  a0: " + first + "\n");
            for (int i = 1; i <= levels; i++) {
                vars.append("  a").append(i).append(": ").append(format.formatted(i - 1, i - 1)).append('\n');
            }
            return vars.append("}\n").toString();
        }
    }

    /**
     * The caller's time limit (issue 20): whoever runs a compile with a deadline interrupts its
     * thread, and the compile stops with one error instead of running on unseen.
     */
    @Nested
    class Cancellation {

        @Test
        void compileWhenTheThreadIsInterruptedThenStopsWithOneTooLargeErrorAndKeepsTheFlag() {
            String shapes = IntStream.range(0, 3_000).mapToObj(i -> "s" + i + " -> t" + i + "\n")
                    .collect(Collectors.joining());
            try {
                Thread.currentThread().interrupt();

                assertThat(tooLarge(shapes)).isEqualTo("the compile ran out of time (its thread was interrupted);"
                        + " compiling stopped");
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void compileWhenNotInterruptedThenTheSameDiagramCompiles() {
            String shapes = IntStream.range(0, 3_000).mapToObj(i -> "s" + i + " -> t" + i + "\n")
                    .collect(Collectors.joining());

            assertValid(shapes);
        }
    }

    private void assertValid(String source) {
        DiagramGraph graph = compileWithin(source);

        assertThat(graph.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(graph.valid()).isTrue();
    }

    /** The message of the one diagnostic the compile gives. */
    private String tooLarge(String source) {
        DiagramGraph graph = compileWithin(source);

        assertThat(graph.diagnostics()).extracting(Diagnostic::code).containsExactly("d2.compile.too_large");
        return graph.diagnostics().getFirst().message();
    }

    /** Compiles on this thread and checks the memory it allocated doing so. */
    private DiagramGraph compileWithin(String source) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        DiagramGraph graph = compiler.compile(new SourceText("bomb.d2", source), FileResolver.none());

        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated").isLessThan(ALLOCATION_LIMIT);
        return graph;
    }
}
