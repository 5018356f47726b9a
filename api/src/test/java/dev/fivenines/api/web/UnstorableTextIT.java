package dev.fivenines.api.web;

import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * NUL and lone surrogates cannot be stored exactly (probe F5, F7): they are refused with a 400 that
 * says where, instead of a 500 (NUL) or a silent {@code ?} that breaks the idempotent retry.
 * Bodies are written as raw JSON so the escapes reach the server as sent.
 */
@IntegrationTest
class UnstorableTextIT {

    private static final String SLUG = "single-node-key-value-core";

    @Autowired
    WebTestClient http;

    @Autowired
    TutorialCatalog catalog;

    private WebTestClient.ResponseSpec submit(String learner, String json, String key) {
        return http.post().uri("/api/v1/tutorials/{slug}/submissions", SLUG)
                .headers(h -> {
                    h.setBearerAuth(TestTokens.learner(learner));
                    h.set("Idempotency-Key", key);
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    @Test
    void submitWhenSourceHoldsNulThen400NamingLineAndColumn() {
        submit("nul-" + UUID.randomUUID(), "{\"source\": \"a -> b\\nc: x\\u0000y\"}", "nul-1")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://fivenines.dev/problems/validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("source")
                .jsonPath("$.errors[0].line").isEqualTo(2)
                .jsonPath("$.errors[0].column").isEqualTo(5);
    }

    @Test
    void submitWhenSourceHoldsLoneSurrogateThen400AndTheRetryAgrees() {
        String learner = "sur-" + UUID.randomUUID();
        String json = "{\"source\": \"a -> b: \\ud800\"}";
        for (int attempt = 0; attempt < 2; attempt++) {
            submit(learner, json, "sur-1")
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("source")
                    .jsonPath("$.errors[0].line").isEqualTo(1)
                    .jsonPath("$.errors[0].column").isEqualTo(9);
        }
    }

    @Test
    void submitWhenSourceHoldsAPairedSurrogateThenStored() {
        submit("emoji-" + UUID.randomUUID(), "{\"source\": \"a -> b: \\ud83d\\ude00\"}", "emoji-1")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.source").isEqualTo("a -> b: \uD83D\uDE00");
    }

    @Test
    void answerWhenItHoldsNulThen400NamingThePosition() {
        String check = catalog.find(SLUG).orElseThrow().practiceChecks().getFirst().id();
        http.post().uri("/api/v1/tutorials/{slug}/practice-checks/{id}/attempts", SLUG, check)
                .headers(h -> h.setBearerAuth(TestTokens.learner("nul-answer")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"answer\": \"(integer) 1\\u0000\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("answer")
                .jsonPath("$.errors[0].column").isEqualTo(12);
    }
}
