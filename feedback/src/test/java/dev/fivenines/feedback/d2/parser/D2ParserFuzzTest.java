package dev.fivenines.feedback.d2.parser;

import java.io.IOException;
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
        FuzzRun.runForConfiguredMinutes("parse", ParseInvariants::parseAndCheck);
    }

    public static void main(String[] args) throws IOException {
        FuzzRun.runFromCommandLine(args, "parse", ParseInvariants::parseAndCheck);
    }
}
