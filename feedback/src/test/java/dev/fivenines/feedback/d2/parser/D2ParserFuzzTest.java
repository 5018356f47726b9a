package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A long fuzz run, off by default: {@code -Dfuzz.minutes=10}. Feeds generated text (random,
 * token soup, mutated corpus diagrams) to the parser until the time is up, checking the same
 * invariants as the property tests and that nothing, not even a StackOverflowError, escapes.
 * Failing inputs are written to {@code target/fuzz-failures/}. Also runnable with {@link #main}
 * (arguments: minutes, output directory) so that a long run can use a copy of the classes while
 * work continues.
 */
class D2ParserFuzzTest {

    @Test
    void parseWhenFuzzedForConfiguredMinutesThenNoFailures() throws IOException {
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
        return FuzzRun.run("parse", budget, outDir, ParseInvariants::parseAndCheck);
    }
}
