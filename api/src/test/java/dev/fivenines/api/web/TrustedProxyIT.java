package dev.fivenines.api.web;

import dev.fivenines.api.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Behind a trusted reverse proxy (here the test client's own 127.0.0.1), each client the proxy
 * names gets its own diagnostics budget instead of all sharing the proxy's (probe 5.3).
 */
@IntegrationTest
@TestPropertySource(properties = {
        "fivenines.rate-limits.diagnostics-per-minute=2",
        "fivenines.trusted-proxies=127.0.0.1/32,::1/128"})
class TrustedProxyIT {

    @Autowired
    WebTestClient http;

    @Test
    void lintWhenTwoClientsBehindTheProxyThenEachHasItsOwnBudget() {
        for (int i = 0; i < 2; i++) {
            lintFrom("203.0.113.7").expectStatus().isOk();
        }
        lintFrom("203.0.113.7").expectStatus().isEqualTo(429);
        lintFrom("203.0.113.8").expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec lintFrom(String client) {
        return http.post().uri("/api/v1/d2/diagnostics").header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("source", "a -> b")).exchange();
    }
}
