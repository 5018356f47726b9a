package dev.fivenines.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.cli.CommandLine;
import dev.fivenines.api.support.RunningApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * With no database configured the application runs on its embedded PostgreSQL, keeps the data in
 * the data directory across restarts, and accepts the tokens {@code dev-token} prints.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path dataDir;

    @Test
    void restartWhenDataWrittenThenDataAndDevTokensStillValid() {
        UUID id = UUID.randomUUID();
        String token = devToken("alice");
        try (RunningApp app = RunningApp.start("fivenines.data-dir=" + dataDir)) {
            insertSubmission(app, id, "alice");
            app.http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }
        assertThat(dataDir.resolve("pgdata/PG_VERSION")).exists();
        try (RunningApp app = RunningApp.start("fivenines.data-dir=" + dataDir)) {
            app.http().get().uri("/api/v1/submissions").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items.length()").isEqualTo(1)
                    .jsonPath("$.items[0].id").isEqualTo(id.toString());
        }
    }

    @Test
    void durableSettingsWhenEmbeddedThenFsyncOn() {
        try (RunningApp app = RunningApp.start("fivenines.data-dir=" + dataDir)) {
            String fsync = app.bean(DatabaseClient.class).sql("show fsync").map(r -> r.get(0, String.class))
                    .one().block(Duration.ofSeconds(10));
            assertThat(fsync).isEqualTo("on");
        }
    }

    private String devToken(String subject) {
        var out = new ByteArrayOutputStream();
        String previous = System.getProperty("fivenines.data-dir");
        System.setProperty("fivenines.data-dir", dataDir.toString());
        try {
            int exit = CommandLine.run(new String[] {"dev-token", "--subject", subject}, new PrintStream(out),
                    System.err).orElseThrow();
            assertThat(exit).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty("fivenines.data-dir");
            } else {
                System.setProperty("fivenines.data-dir", previous);
            }
        }
        assertThat(Files.exists(dataDir.resolve("dev-signing-key.jwk.json"))).isTrue();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private static void insertSubmission(RunningApp app, UUID id, String learner) {
        app.bean(DatabaseClient.class).sql("""
                        insert into submission (id, learner, tutorial_slug, revision, source)
                        values (:id, :learner, 'single-node-key-value-core', 1, 'a -> b')""")
                .bind("id", id).bind("learner", learner)
                .then().block(Duration.ofSeconds(10));
    }
}
