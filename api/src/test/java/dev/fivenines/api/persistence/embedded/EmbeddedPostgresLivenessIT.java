package dev.fivenines.api.persistence.embedded;

import static org.awaitility.Awaitility.await;

import dev.fivenines.api.support.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL is part of this process: when it dies the process cannot recover by
 * itself, so liveness must say so (and a supervisor restarts the whole process), not stay UP
 * while every database call answers 503.
 */
class EmbeddedPostgresLivenessIT {

    @TempDir
    Path dataDir;

    @Test
    void livenessWhenOwnPostmasterKilledThenDown() throws Exception {
        try (RunningApp app = RunningApp.start("fivenines.data-dir=" + dataDir)) {
            app.http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
            long postmaster = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).getFirst().strip());

            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    app.http().get().uri("/actuator/health/liveness").exchange()
                            .expectStatus().isEqualTo(503)
                            .expectBody().jsonPath("$.status").isEqualTo("DOWN"));
        }
    }
}
