package dev.fivenines.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcut must find the directory the server will use, or not look at all: a wrong guess
 * could turn away a server that would have run elsewhere.
 */
class ServerPreflightTest {

    private static final UnaryOperator<String> HOME_ONLY = name -> name.equals("user.home") ? "/home/u" : null;

    @TempDir
    Path workingDirectory;

    @Test
    void embeddedDataDirectoryWhenNothingGivenThenDefaultUnderHome() {
        assertThat(resolve(Map.of())).contains(Path.of("/home/u/.fivenines/pgdata"));
    }

    @Test
    void embeddedDataDirectoryWhenEnvironmentAndArgumentThenArgumentWins() {
        assertThat(resolve(Map.of("FIVENINES_DATA_DIR", "/env"), "--fivenines.data-dir=/arg"))
                .contains(Path.of("/arg/pgdata"));
        assertThat(resolve(Map.of("FIVENINES_DATA_DIR", "/env"))).contains(Path.of("/env/pgdata"));
        assertThat(resolve(Map.of("FIVENINES_DATADIR", "/env"))).contains(Path.of("/env/pgdata"));
    }

    @Test
    void embeddedDataDirectoryWhenExplicitEmbeddedDirectoryArgumentThenThat() {
        assertThat(resolve(Map.of(), "--fivenines.embedded-postgres.data-directory=/pg")).contains(Path.of("/pg"));
    }

    @Test
    void embeddedDataDirectoryWhenAnythingCouldRedirectTheServerThenNoGuess() throws Exception {
        assertThat(resolve(Map.of("SPRING_R2DBC_URL", "r2dbc:postgresql://db/x"))).isEmpty();
        assertThat(resolve(Map.of("SPRING_APPLICATION_JSON", "{}"))).isEmpty();
        assertThat(resolve(Map.of("FIVENINES_EMBEDDEDPOSTGRES_DATADIRECTORY", "/pg"))).isEmpty();
        assertThat(resolve(Map.of(), "--spring.config.additional-location=/etc/fivenines/")).isEmpty();
        assertThat(resolve(Map.of(), "--spring.profiles.active=prod")).isEmpty();
        Files.writeString(workingDirectory.resolve("application.yaml"), "fivenines.data-dir: /elsewhere\n");
        assertThat(resolve(Map.of())).isEmpty();
    }

    private java.util.Optional<Path> resolve(Map<String, String> env, String... args) {
        return ServerPreflight.embeddedDataDirectory(args, env, HOME_ONLY, workingDirectory);
    }
}
