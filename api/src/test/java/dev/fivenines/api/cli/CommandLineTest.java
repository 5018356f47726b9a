package dev.fivenines.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which arguments start the server and which are commands: a typo must never start a server. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runWhenUnknownCommandThenUsageOnStderrAndExit2() {
        assertThat(run("frobnicate")).contains(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown command 'frobnicate'")
                .contains("usage:")
                .contains("dev-token");
        assertThat(out.size()).isZero();
    }

    @Test
    void runWhenUnknownWordBeforeServerOptionsThenStillExit2() {
        assertThat(run("serv", "--server.port=18299")).contains(2);
    }

    @Test
    void runWhenSingleDashArgumentThenExit2() {
        // -D options belong before -jar; after it they would be silently ignored by the server.
        assertThat(run("-Dfivenines.data-dir=/tmp/x")).contains(2);
    }

    @Test
    void runWhenNoArgumentsThenServer() {
        assertThat(run()).isEmpty();
    }

    @Test
    void runWhenOnlyServerOptionsThenServer() {
        assertThat(run("--server.port=18299", "--fivenines.data-dir=/tmp/x")).isEmpty();
    }

    @Test
    void runWhenHelpThenUsageOnStdoutAndExit0() {
        assertThat(run("help")).contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    private Optional<Integer> run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
