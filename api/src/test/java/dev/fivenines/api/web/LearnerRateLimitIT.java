package dev.fivenines.api.web;

import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Practice answers and hint reveals write a row each, so a learner gets a budget per minute of
 * each, then 429 with Retry-After; another learner is unaffected.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "fivenines.rate-limits.practice-attempts-per-minute=3",
        "fivenines.rate-limits.hint-reveals-per-minute=1"})
class LearnerRateLimitIT {

    private static final String SLUG = "single-node-key-value-core";

    @Autowired
    WebTestClient http;

    @Autowired
    TutorialCatalog catalog;

    @Test
    void answerWhenLearnerExceedsTheBudgetThen429WithRetryAfterAndOthersUnaffected() {
        String learner = "eager-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            answer(learner).expectStatus().isOk();
        }
        expectRateLimited(answer(learner));
        answer("calm-" + UUID.randomUUID()).expectStatus().isOk();
    }

    @Test
    void revealNextWhenLearnerExceedsTheBudgetThen429WithRetryAfterAndOthersUnaffected() {
        String learner = "hinty-" + UUID.randomUUID();
        reveal(learner).expectStatus().isOk();
        expectRateLimited(reveal(learner));
        reveal("patient-" + UUID.randomUUID()).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec answer(String learner) {
        String check = catalog.find(SLUG).orElseThrow().practiceChecks().getFirst().id();
        return http.post().uri("/api/v1/tutorials/{slug}/practice-checks/{id}/attempts", SLUG, check)
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answer", "(integer) 1")).exchange();
    }

    private WebTestClient.ResponseSpec reveal(String learner) {
        return http.post().uri("/api/v1/tutorials/{slug}/hints/next", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange();
    }

    private static void expectRateLimited(WebTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://fivenines.dev/problems/rate-limited");
    }
}
