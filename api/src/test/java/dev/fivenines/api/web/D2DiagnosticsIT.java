package dev.fivenines.api.web;

import dev.fivenines.api.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class D2DiagnosticsIT {

    @Autowired
    WebTestClient http;

    private WebTestClient.ResponseSpec lint(String source, String clientAddress) {
        return http.post().uri("/api/v1/d2/diagnostics")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("source", source))
                .exchange();
    }

    @Test
    void lintWhenValidDiagramThenValidWithGraphSummary() {
        lint("client -> server: SET k v\nserver -> dict: write\n", "a").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.valid").isEqualTo(true)
                .jsonPath("$.shapes").isEqualTo(3)
                .jsonPath("$.connections").isEqualTo(2)
                .jsonPath("$.diagnostics.length()").isEqualTo(0);
    }

    @Test
    void lintWhenBrokenDiagramThen200WithLineColumnDiagnostics() {
        lint("a -> b\nc: {\n  d\n", "b").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.valid").isEqualTo(false)
                .jsonPath("$.diagnostics[0].severity").isEqualTo("ERROR")
                .jsonPath("$.diagnostics[0].message").isEqualTo("maps must be terminated with }")
                .jsonPath("$.diagnostics[0].line").isEqualTo(2)
                .jsonPath("$.diagnostics[0].column").isNumber();
    }

    @Test
    void lintWhenSourceTooLargeThen413Problem() {
        lint("x".repeat(70_000), "c").expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void lintWhenSourceMissingThen400Problem() {
        http.post().uri("/api/v1/d2/diagnostics").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("source");
    }
}
