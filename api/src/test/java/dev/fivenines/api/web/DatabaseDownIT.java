package dev.fivenines.api.web;

import dev.fivenines.api.support.TestDataDirectory;
import dev.fivenines.api.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With the database unreachable, data endpoints answer 503 problems and readiness goes down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:1/nowhere",
        "spring.r2dbc.username=nobody",
        "spring.r2dbc.pool.max-acquire-time=2s",
        "spring.r2dbc.pool.initial-size=0",
        "spring.flyway.enabled=false"})
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = TestDataDirectory.class)
class DatabaseDownIT {

    @Autowired
    WebTestClient http;

    @Test
    void ownHistoryWhenDatabaseDownThen503Problem() {
        http.get().uri("/api/v1/submissions").headers(h -> h.setBearerAuth(TestTokens.learner("alice")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://fivenines.dev/problems/service-unavailable");
    }

    @Test
    void readinessWhenDatabaseDownThenOutOfService() {
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void livenessWhenDatabaseDownThenStillUp() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }
}
