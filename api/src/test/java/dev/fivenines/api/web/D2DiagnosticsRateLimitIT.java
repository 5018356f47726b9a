package dev.fivenines.api.web;

import dev.fivenines.api.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One client address gets its budget per minute, then 429 with Retry-After; nothing else changes. */
@IntegrationTest
@TestPropertySource(properties = "fivenines.rate-limits.diagnostics-per-minute=3")
class D2DiagnosticsRateLimitIT {

    @Autowired
    WebTestClient http;

    @Test
    void lintWhenClientExceedsItsBudgetThen429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            lint().expectStatus().isOk();
        }
        lint().expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://fivenines.dev/problems/rate-limited");
    }

    private WebTestClient.ResponseSpec lint() {
        return http.post().uri("/api/v1/d2/diagnostics").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("source", "a -> b")).exchange();
    }
}
