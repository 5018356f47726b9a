package dev.fivenines.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dev-token prints the token alone on stdout and names the data directory whose key signed it. */
class DevTokenCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void runWhenSubjectGivenThenTokenOnStdoutAndItsDataDirectoryOnStderr() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var command = new DevTokenCommand(new LocalSettings(dataDir, "fivenines-local", "fivenines-api"),
                Clock.systemUTC());

        int exit = command.run(List.of("--subject", "alice"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("signed with the key in " + dataDir.toAbsolutePath())
                .contains("FIVENINES_DATA_DIR");
    }
}
