package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A timed fuzz run, shared by the parser's and the compiler's fuzz tests: generated text (random,
 * token soup, mutated corpus diagrams) goes to a check until the time is up. Anything that
 * escapes the check, even a StackOverflowError, any input that takes seconds and any input that
 * allocates hundreds of MB is a failure ({@link BoundedCheck}), saved under {@code fuzz-failures/}.
 */
public final class FuzzRun {

    /**
     * Generated inputs are at most a few thousand chars, which take microseconds: one that takes
     * seconds of CPU is a failure too (quadratic or runaway work that a request could trigger).
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    /**
     * What one input may allocate on its thread. The compiler's caps keep a bomb to tens of MB
     * (200,000 elements, 1 Mi substituted chars); a generated input of a few thousand chars that
     * allocates more has found a way around them, the way the vars bomb reached 6 GB.
     */
    static final long ALLOCATION_LIMIT_BYTES = 256L << 20;

    public record Report(long inputs, long failures, long chars, Duration elapsed) {
    }

    private FuzzRun() {
    }

    /**
     * The fuzz tests' body: runs for {@code -Dfuzz.minutes} (skipped without it), writes failures
     * under {@code target/}, and fails the test on any.
     */
    public static void runForConfiguredMinutes(String name, Consumer<String> check) throws IOException {
        String minutes = System.getProperty("fuzz.minutes");
        assumeTrue(minutes != null, "fuzz run not requested (-Dfuzz.minutes=N)");

        Report report = run(name, minutes(minutes), Path.of("target"), check);

        assertThat(report.inputs()).isPositive();
        assertThat(report.failures()).isZero();
    }

    /** The fuzz tests' {@code main} (arguments: minutes, output directory): exits 1 on any failure. */
    public static void runFromCommandLine(String[] args, String name, Consumer<String> check) throws IOException {
        Report report = run(name, minutes(args[0]), Path.of(args[1]), check);
        System.exit(report.failures() == 0 ? 0 : 1);
    }

    private static Duration minutes(String minutes) {
        return Duration.ofSeconds(Math.round(Double.parseDouble(minutes) * 60));
    }

    /** Runs {@code check} on generated inputs for {@code budget}; {@code name} prefixes the output. */
    public static Report run(String name, Duration budget, Path outDir, Consumer<String> check) throws IOException {
        List<String> corpus = D2ParserPropertiesTest.corpusSeeds();
        SplittableRandom random = new SplittableRandom();
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        long nextReport = started + Duration.ofMinutes(1).toNanos();
        long count = 0;
        long failures = 0;
        long chars = 0;
        try (BoundedCheck bounded = new BoundedCheck(check, TIME_LIMIT, ALLOCATION_LIMIT_BYTES)) {
            while (System.nanoTime() < deadline) {
                String text = random.nextBoolean() ? D2Inputs.anyText(random) : D2Inputs.mutated(random, corpus);
                count++;
                chars += text.length();
                try {
                    bounded.accept(text);
                } catch (Throwable t) { // the point of the run: anything at all that escapes
                    failures++;
                    saveFailure(outDir, name + "-failure-" + failures, text, t);
                }
                if (System.nanoTime() > nextReport) {
                    System.out.printf("%s fuzz: %d inputs, %d failures so far%n", name, count, failures);
                    nextReport += Duration.ofMinutes(1).toNanos();
                }
            }
        }
        Report report = new Report(count, failures, chars, Duration.ofNanos(System.nanoTime() - started));
        System.out.printf("%s fuzz done: %d inputs (%d chars) in %s, %d failures (limits: %d ms of CPU, %d MB an input)%n",
                name, report.inputs(), report.chars(), report.elapsed(), report.failures(), TIME_LIMIT.toMillis(),
                ALLOCATION_LIMIT_BYTES >> 20);
        return report;
    }

    /**
     * The input as UTF-8 ({@code .d2}, a lone surrogate becomes '?') and, losslessly, as Java
     * escapes next to the stack trace ({@code .txt}): inputs may hold any UTF-16 unit, and
     * {@code Files.writeString} throws on a lone surrogate, which ended a scratch run at its
     * first failure.
     */
    private static void saveFailure(Path outDir, String base, String text, Throwable t) throws IOException {
        Path dir = Files.createDirectories(outDir.resolve("fuzz-failures"));
        Files.write(dir.resolve(base + ".d2"), text.getBytes(StandardCharsets.UTF_8));
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        // getBytes replaces what UTF-8 cannot encode (a message may quote the input) instead of throwing
        Files.write(dir.resolve(base + ".txt"),
                ("input: " + escaped(text) + "\n\n" + trace).getBytes(StandardCharsets.UTF_8));
        System.out.println(base + ": " + escaped(String.valueOf(t)));
    }

    /** Java string escapes for everything outside printable ASCII, so the text is written as it was. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return "\"" + out + "\"";
    }
}
