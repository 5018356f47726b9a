package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * A long fuzz run, off by default: {@code -Dfuzz.minutes=10}. Feeds jqwik-generated text (random,
 * token soup, mutated corpus diagrams) to the parser until the time is up, checking the same
 * invariants as the property tests and that nothing, not even a StackOverflowError, escapes.
 * Failing inputs are written to {@code target/fuzz-failures/}. Also runnable with {@link #main}
 * (argument: minutes) so that a long run can use a copy of the classes while work continues.
 */
class D2ParserFuzzTest {

    @Test
    void parseWhenFuzzedForConfiguredMinutesThenNoFailures() throws IOException {
        String minutes = System.getProperty("fuzz.minutes");
        assumeTrue(minutes != null, "fuzz run not requested (-Dfuzz.minutes=N)");

        Report report = fuzz(Duration.ofSeconds(Math.round(Double.parseDouble(minutes) * 60)), Path.of("target"));

        assertThat(report.inputs()).isPositive();
        assertThat(report.failures()).isZero();
    }

    public static void main(String[] args) throws IOException {
        Report report = fuzz(Duration.ofSeconds(Math.round(Double.parseDouble(args[0]) * 60)), Path.of(args[1]));
        System.exit(report.failures() == 0 ? 0 : 1);
    }

    record Report(long inputs, long failures, long chars, Duration elapsed) {
    }

    static Report fuzz(Duration budget, Path outDir) throws IOException {
        Arbitrary<String> inputs = Arbitraries.oneOf(D2Inputs.anyText(),
                D2Inputs.mutated(Arbitraries.of(D2ParserPropertiesTest.corpusSeeds())));
        Iterator<String> stream = inputs.sampleStream().iterator();
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        long nextReport = started + Duration.ofMinutes(1).toNanos();
        long count = 0;
        long failures = 0;
        long chars = 0;
        while (System.nanoTime() < deadline) {
            String text = stream.next();
            count++;
            chars += text.length();
            try {
                ParseInvariants.parseAndCheck(text);
            } catch (Throwable t) { // the point of the run: anything at all that escapes the parser
                failures++;
                saveFailure(outDir, failures, text, t);
            }
            if (System.nanoTime() > nextReport) {
                System.out.printf("fuzz: %d inputs, %d failures so far%n", count, failures);
                nextReport += Duration.ofMinutes(1).toNanos();
            }
        }
        Report report = new Report(count, failures, chars, Duration.ofNanos(System.nanoTime() - started));
        System.out.printf("fuzz done: %d inputs (%d chars) in %s, %d failures%n",
                report.inputs(), report.chars(), report.elapsed(), report.failures());
        return report;
    }

    private static void saveFailure(Path outDir, long n, String text, Throwable t) throws IOException {
        Path dir = Files.createDirectories(outDir.resolve("fuzz-failures"));
        Files.writeString(dir.resolve("failure-" + n + ".d2"), text);
        Files.writeString(dir.resolve("failure-" + n + ".txt"), t + "\n" + List.of(t.getStackTrace()));
        System.out.println("fuzz failure " + n + ": " + t);
    }
}
