package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hostile sizes and shapes: deep nesting, big inputs, and how cost grows with input size. */
class D2ParserLimitsTest {

    @Nested
    class DeepNesting {

        @Test
        void parseWhenHundredThousandNestedMapsThenNestingDiagnosticAndNoStackOverflow() {
            ParseResult result = ParseInvariants.parseAndCheck("a: {".repeat(100_000));

            assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(Codes.NESTING_TOO_DEEP);
        }

        @Test
        void parseWhenHundredThousandOpenBracketsThenNestingDiagnostic() {
            ParseResult result = ParseInvariants.parseAndCheck("a: " + "[".repeat(100_000));

            assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(Codes.NESTING_TOO_DEEP);
        }

        @Test
        void parseWhenNestedKeysAtTheLimitInSmallStackThreadThenNoStackOverflow() throws InterruptedException {
            String text = "a: {\n".repeat(D2Parser.MAX_NESTING + 50) + "}\n".repeat(D2Parser.MAX_NESTING + 50);
            AtomicReference<Object> outcome = new AtomicReference<>();
            // 512 KiB is half of a typical default thread stack: the cap must leave room to spare
            Thread worker = new Thread(null, () -> {
                try {
                    outcome.set(D2Parser.parse(SourceText.of(text)));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            }, "small-stack-parse", 512 * 1024);
            worker.start();
            worker.join();

            assertThat(outcome.get()).isInstanceOf(ParseResult.class);
            assertThat(((ParseResult) outcome.get()).diagnostics())
                    .extracting(Diagnostic::code).contains(Codes.NESTING_TOO_DEEP);
        }

        @Test
        void parseWhenNestingBelowLimitThenNoDiagnostic() {
            int depth = D2Parser.MAX_NESTING - 1;
            ParseResult result = ParseInvariants.parseAndCheck("a: {".repeat(depth) + "}".repeat(depth));

            assertThat(result.diagnostics()).isEmpty();
        }
    }

    @Nested
    class BigInputs {

        @Test
        void parseWhenOneMebibyteDiagramThenParsesWithoutErrors() {
            String text = Diagrams.generated(1 << 20);
            assertThat(text.length()).isGreaterThanOrEqualTo(1 << 20);

            ParseResult result = ParseInvariants.parseAndCheck(text);

            assertThat(result.diagnostics()).isEmpty();
            assertThat(result.document().nodes().size()).isGreaterThan(2_000);
        }

        @Test
        void parseWhenBenchmarkInputsThenTheyAreValidDiagrams() throws java.io.IOException {
            String tutorial;
            try (var in = D2ParserLimitsTest.class.getResourceAsStream("/d2/bench/tutorial-100.d2")) {
                tutorial = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }

            assertThat(ParseInvariants.parseAndCheck(tutorial).diagnostics()).isEmpty();
            assertThat(ParseInvariants.parseAndCheck(Diagrams.lines(5_000)).diagnostics()).isEmpty();
            assertThat(Diagrams.lines(5_000).lines().count()).isEqualTo(5_000);
        }

        @Test
        void parseWhenInputOverTheLimitThenInputTooLongDiagnostic() {
            String text = "a".repeat(D2Parser.MAX_INPUT_CHARS + 1);

            ParseResult result = D2Parser.parse(SourceText.of(text));

            assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(Codes.INPUT_TOO_LONG);
        }
    }

    @Nested
    class Scaling {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** Each shape is repeated n times; the worst ones for a careless parser are included. */
        private static final IntFunction<String>[] SHAPES = shapes();

        @SuppressWarnings("unchecked")
        private static IntFunction<String>[] shapes() {
            return new IntFunction[] {
                n -> Diagrams.generated(n * 40),
                n -> "(" + "a ) ".repeat(n * 4),
                n -> "x: \"" + "$ ".repeat(n * 8),
                n -> "a" + " ".repeat(n * 40) + "\n".repeat(n),
                n -> "}]\"|'".repeat(n * 8),
                n -> "x: [" + "a; ".repeat(n * 8),
                n -> "a -> " + "\\\n".repeat(n * 4) + "b",
            };
        }

        /**
         * Catches quadratic behaviour, which would cost about 100x for 10x the input, without
         * pretending to time precisely on shared cores: the bound of 40x leaves room for a noisy
         * machine (an earlier 15x bound failed at load 17 on a linear parser). The precise figure
         * (target ~12x) comes from {@code D2ParseBenchmark}, which compares 500 and 5,000 lines.
         */
        @Test
        void parseWhenInputTenTimesLargerThenFarFromQuadratic() {
            assumeTrue(THREADS.isCurrentThreadCpuTimeSupported(), "no thread CPU time on this JVM");
            for (IntFunction<String> shape : SHAPES) {
                String small = shape.apply(4_000);
                String large = shape.apply(40_000);
                long smallNanos = bestOf(small);
                long largeNanos = bestOf(large);
                double ratio = largeNanos / (double) smallNanos;
                System.out.printf("scaling %s...: %d -> %d chars, %.2f ms -> %.2f ms, ratio %.1f%n",
                        small.substring(0, Math.min(12, small.length())).replace("\n", "\\n"), small.length(),
                        large.length(), smallNanos / 1e6, largeNanos / 1e6, ratio);
                assertThat(ratio).as("time ratio for 10x input").isLessThan(40.0);
            }
        }

        /**
         * Best of several runs after warm-up, in CPU time of this thread: on shared cores wall time
         * also counts the time other processes run, and GC runs on other threads.
         */
        private static long bestOf(String text) {
            SourceText source = SourceText.of(text);
            for (int i = 0; i < 5; i++) {
                D2Parser.parse(source);
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 9; i++) {
                long start = THREADS.getCurrentThreadCpuTime();
                D2Parser.parse(source);
                best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
            }
            return best;
        }
    }
}
