package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What an operator's probes and scrapers rely on. */
@IntegrationTest
class OperationsIT {

    @Autowired
    WebTestClient http;

    @Test
    void readinessWhenDatabaseUpThenUpAndIncludesDatabase() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void livenessWhenRunningThenUp() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusWhenScrapedThenJvmHttpAndPoolMetrics() {
        http.get().uri("/api/v1/tutorials").exchange().expectStatus().isOk();
        String metrics = http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes", "http_server_requests_seconds", "r2dbc_pool");
        // Spring Security's per-filter observations are off (they cost ~3% of a submission's CPU).
        assertThat(metrics).doesNotContain("spring_security_");
    }
}
