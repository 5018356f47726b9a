package dev.fivenines.api.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The example admin script, run as an operator runs it, against the application and a stand-in
 * OAuth2 token endpoint that grants client credentials.
 */
@IntegrationTest
class PublishTutorialScriptIT {

    private static final String SLUG = "single-node-key-value-core";
    private static final Path SCRIPT = Path.of(System.getProperty("fivenines.root.dir", ".."), "scripts", "PublishTutorial.java");
    private static final Path CONTENT = Path.of(System.getProperty("fivenines.root.dir", ".."),
            "content/src/main/resources/tutorials", SLUG);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @TempDir
    Path dir;

    private HttpServer tokenEndpoint;

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        tokenEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tokenEndpoint.createContext("/oauth2/token", exchange -> {
            String expected = "Basic " + Base64.getEncoder().encodeToString("publisher:s3cret".getBytes(StandardCharsets.UTF_8));
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean ok = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && form.contains("grant_type=client_credentials");
            byte[] body = (ok ? "{\"access_token\":\"" + TestTokens.admin("publisher") + "\",\"token_type\":\"Bearer\"}"
                    : "{\"error\":\"invalid_client\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tokenEndpoint.start();
    }

    @AfterEach
    void stopAndRestoreBundledContent() {
        tokenEndpoint.stop(0);
        http.post().uri("/api/v1/admin/tutorials/{slug}/versions/0/activate", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.admin("root"))).exchange().expectStatus().isNoContent();
    }

    record Run(int exit, String out, String err) {
    }

    @Test
    void scriptWhenClientCredentialsAndValidContentThenPublishes() throws Exception {
        Run run = script(CONTENT, "s3cret");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("published", "\"publishedBy\":\"publisher\"", "\"active\":true");
    }

    @Test
    void scriptWhenBundleInvalidThenExit1WithFileAndLine() throws Exception {
        for (String name : List.of("tutorial.yaml", "brief.md", "rubric.yaml", "starter.d2", "solution.d2")) {
            Files.copy(CONTENT.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("rubric.yaml"), "version: 1\ncriteria: [\n");
        Run run = script(dir, "s3cret");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(SLUG + "/rubric.yaml:");
    }

    @Test
    void scriptWhenClientSecretWrongThenExit2() throws Exception {
        assertThat(script(CONTENT, "wrong").exit()).isEqualTo(2);
    }

    private Run script(Path contentDir, String secret) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SCRIPT.toString(), "--api", "http://127.0.0.1:" + port, "--slug", SLUG, "--dir", contentDir.toString(),
                "--token-url", "http://127.0.0.1:" + tokenEndpoint.getAddress().getPort() + "/oauth2/token",
                "--client-id", "publisher", "--client-secret", secret));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("FIVENINES_TOKEN");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
