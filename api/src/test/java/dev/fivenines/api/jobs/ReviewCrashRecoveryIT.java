package dev.fivenines.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import dev.fivenines.api.support.MockLlmAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged server is killed (SIGKILL) while LLM reviews are in flight, then started again on
 * the same data directory: every accepted submission is still there and every review completes,
 * once. The embedded PostgreSQL left running by the killed JVM is stopped by the next start.
 */
class ReviewCrashRecoveryIT {

    private static final Path JAR = Path.of("target", "fivenines.jar");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    private final MockWebServer llm = new MockWebServer();
    private final AtomicInteger llmCalls = new AtomicInteger();
    private Process server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        llm.close();
    }

    @Test
    void serverWhenKilledWithReviewsInFlightThenAfterRestartEveryReviewCompletesOnce() throws Exception {
        llm.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                llmCalls.incrementAndGet();
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .headersDelay(4, TimeUnit.SECONDS).body(MockLlmAnswers.passingCompletion()).build();
            }
        });
        llm.start();
        int port = freePort();
        server = start(port);
        String token = devToken();
        String solution = Files.readString(Path.of(System.getProperty("fivenines.root.dir", ".."),
                "content/src/main/resources/tutorials/" + MockLlmAnswers.TUTORIAL + "/solution.d2"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode created = post(port, token, solution + "\n# revision " + i);
            assertThat(created.path("feedback").path("review").path("llm").asString()).isEqualTo("pending");
            ids.add(created.path("id").asString());
        }
        await(() -> llmCalls.get() >= 1, Duration.ofSeconds(30));

        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks, no cleanup
        server = start(port);

        for (String id : ids) {
            await(() -> "done".equals(get(port, token, id).path("feedback").path("review").path("llm").asString()),
                    Duration.ofSeconds(90));
            JsonNode feedback = get(port, token, id).path("feedback");
            long llmFindings = 0;
            for (JsonNode f : feedback.path("findings")) {
                if (f.path("criterionId").asString().equals(MockLlmAnswers.CRITERION)) {
                    llmFindings++;
                }
            }
            assertThat(llmFindings).as("one LLM finding on " + id).isEqualTo(1);
        }
        assertThat(history(port, token)).hasSize(ids.size());
    }

    private Process start(int port) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--fivenines.data-dir=" + dataDir,
                "--fivenines.llm.base-url=" + llm.url("/v1"),
                "--fivenines.llm.request-timeout=20s",
                "--fivenines.review-jobs.poll=200ms",
                "--fivenines.review-jobs.lease=6s");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile())).start();
        await(() -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, Duration.ofSeconds(120));
        return process;
    }

    private String devToken() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfivenines.data-dir=" + dataDir, "-jar", JAR.toAbsolutePath().toString(),
                "dev-token", "--subject", "crash-test").start();
        String token = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor()).isZero();
        return token;
    }

    private static JsonNode post(int port, String token, String source) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/tutorials/" + MockLlmAnswers.TUTORIAL + "/submissions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("source", source)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static JsonNode get(int port, String token, String id) {
        return getPath(port, token, "/api/v1/submissions/" + id);
    }

    private static JsonNode getPath(int port, String token, String path) {
        try {
            return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> history(int port, String token) {
        JsonNode page = getPath(port, token, "/api/v1/submissions").path("items");
        List<JsonNode> items = new ArrayList<>();
        page.forEach(items::add);
        return items;
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("reached within " + timeout).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
