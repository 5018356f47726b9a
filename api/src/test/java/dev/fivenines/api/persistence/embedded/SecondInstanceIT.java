package dev.fivenines.api.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged servers on one data directory, as two {@code bin/fivenines} would be: the second
 * refuses at once and names the first, and the first keeps its database and keeps serving. The
 * lock is per process, so the second instance must be a process of its own for this to mean anything.
 */
class SecondInstanceIT {

    private static final Path JAR = Path.of("target", "fivenines.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    private Process first;
    private Process second;

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : new Process[] {second, first}) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    @Test
    void startWhenAnotherInstanceServesTheDataDirectoryThenRefusesAtOnceAndFirstKeepsServing()
            throws Exception {
        int firstPort = freePort();
        first = startServer(firstPort, "first.log");
        await().atMost(Duration.ofSeconds(180)).failFast("first instance exited", () -> !first.isAlive())
                .until(() -> status(firstPort, "/actuator/health/readiness") == 200);
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).getFirst().strip());

        long startedAt = System.nanoTime();
        second = startServer(freePort(), "second.log");
        // The target is < 5 s (measured and reported in issue 20's note: about 1 s here, the JVM's
        // start and a look at the lock before Spring starts); this bound is only a safety net for a
        // loaded machine, where a JVM alone takes seconds. The old code took 40 s and more.
        boolean refused = second.waitFor(30, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
        System.out.printf("SecondInstanceIT: second instance exited after %d ms (load %s)%n", millis,
                Files.readString(Path.of("/proc/loadavg")).strip());
        String secondLog = Files.readString(dataDir.resolve("second.log"));

        assertThat(refused).as("second instance ended within 30 s; its log:\n" + secondLog).isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(secondLog).contains("fivenines is already running on " + dataDir.resolve("pgdata")
                + " (pid " + first.pid() + ")");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("first's postmaster").contains(true);
        assertThat(status(firstPort, "/actuator/health/readiness")).as("first's readiness (database)").isEqualTo(200);
        assertThat(status(firstPort, "/actuator/health/liveness")).isEqualTo(200);
        assertThat(first.isAlive()).isTrue();
    }

    @Test
    void startWhenConfigurationHidesTheDirectoryFromThePreflightThenSpringsOwnCheckRefuses() throws Exception {
        int firstPort = freePort();
        first = startServer(firstPort, "first.log");
        await().atMost(Duration.ofSeconds(180)).failFast("first instance exited", () -> !first.isAlive())
                .until(() -> status(firstPort, "/actuator/health/readiness") == 200);

        // A config location could point the server anywhere, so the command-line shortcut does not
        // look; the check before Spring's context refresh (and the lock behind it) must refuse.
        second = startServer(freePort(), "second.log", "--spring.config.additional-location=optional:file:/nonexistent/");
        boolean refused = second.waitFor(120, TimeUnit.SECONDS);
        String secondLog = Files.readString(dataDir.resolve("second.log"));

        assertThat(refused).as("second instance ended; its log:\n" + secondLog).isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(secondLog).contains("APPLICATION FAILED TO START", "fivenines is already running on "
                + dataDir.resolve("pgdata") + " (pid " + first.pid() + ")");
        assertThat(status(firstPort, "/actuator/health/readiness")).as("first's readiness (database)").isEqualTo(200);
    }

    private Process startServer(int port, String log, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--fivenines.data-dir=" + dataDir));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(log).toFile()).start();
    }

    private static int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
