package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.security.PseudonymKey;
import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestDataDirectory;
import dev.fivenines.api.support.TestTokens;
import dev.fivenines.domain.submission.Pseudonyms;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Statistics and the NDJSON research export, over submissions this test makes (others may exist). */
@IntegrationTest
class AdminReportsIT {

    private static final String SLUG = "single-node-key-value-core";

    @Autowired
    WebTestClient http;

    @Autowired
    TutorialCatalog catalog;

    private void submit(String learner, String source) {
        http.post().uri("/api/v1/tutorials/{slug}/submissions", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("source", source))
                .exchange().expectStatus().isCreated();
    }

    @Test
    void statsWhenLearnersSubmittedThenAttemptsPassesAndConsistentCriterionCounts() {
        var tutorial = catalog.find(SLUG).orElseThrow();
        String passer = "stat-" + UUID.randomUUID();
        submit(passer, tutorial.starter().getFirst().content());
        submit(passer, tutorial.solution());
        submit("stat-" + UUID.randomUUID(), tutorial.starter().getFirst().content());

        JsonNode stats = http.get().uri("/api/v1/admin/stats").headers(h -> h.setBearerAuth(TestTokens.admin("root")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode mine = null;
        for (JsonNode t : stats.path("tutorials")) {
            if (t.path("tutorialSlug").asString().equals(SLUG)) {
                mine = t;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("attempts").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(mine.path("learners").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(mine.path("learnersPassed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(mine.path("medianRevisionsToPass").asDouble()).isGreaterThanOrEqualTo(1.0);
        List<String> reported = new java.util.ArrayList<>();
        mine.path("criteria").forEach(c -> reported.add(c.path("criterionId").asString()));
        assertThat(reported).containsAll(tutorial.rubric().criteria().stream()
                .filter(c -> c.checkedBy().structural()).map(c -> c.id()).toList());
        for (JsonNode c : mine.path("criteria")) {
            long sum = c.path("passed").asLong() + c.path("missing").asLong() + c.path("broken").asLong()
                    + c.path("unclear").asLong();
            assertThat(c.path("judged").asLong()).isEqualTo(sum);
            assertThat(c.path("passRate").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void exportWhenRequestedThenOneJsonLinePerSubmissionWithPseudonymousLearners() {
        String learner = "export-" + UUID.randomUUID();
        submit(learner, "client -> server: SET k v");
        submit(learner, "client -> server: GET k");
        String body = exportClient().get().uri("/api/v1/admin/exports/submissions?tutorial=" + SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.admin("root")))
                .accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .expectBody(String.class).returnResult().getResponseBody();
        List<JsonNode> lines = body.lines().map(l -> JsonMapper.shared().readTree(l)).toList();
        assertThat(body).doesNotContain(learner);
        List<JsonNode> mine = lines.stream().filter(l -> l.path("source").asString().startsWith("client -> server: ")
                && (l.path("source").asString().endsWith("SET k v") || l.path("source").asString().endsWith("GET k"))).toList();
        assertThat(mine).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.path("tutorial").asString()).isEqualTo(SLUG);
            assertThat(l.path("learner").asString()).startsWith("learner-");
            assertThat(l.path("feedback").path("status").asString()).isNotEmpty();
        });
    }

    /** Probe 8.11: a plain SHA-256 of the subject let anyone who guessed "alice" find her rows. */
    @Test
    void exportWhenSubjectIsGuessedThenItsPlainHashIsNotThePseudonym() throws Exception {
        String learner = "guessable-" + UUID.randomUUID();
        String plainHash = "learner-" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(learner.getBytes(StandardCharsets.UTF_8)), 0, 8);
        assertThat(exportedPseudonymOf(learner)).isNotEqualTo(plainHash);
    }

    @Test
    void exportWhenRequestedThenPseudonymsAreKeyedWithTheDataDirectorysSecret() {
        String learner = "keyed-" + UUID.randomUUID();
        assertThat(exportedPseudonymOf(learner))
                .isEqualTo(new Pseudonyms(PseudonymKey.resolve("", TestDataDirectory.PATH)).of(learner));
    }

    /**
     * The export holds every submission the integration tests made on the shared database, each
     * with its whole feedback and reading: more than the client's default 256 KiB buffer.
     */
    private WebTestClient exportClient() {
        return http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
    }

    private String exportedPseudonymOf(String learner) {
        String marker = "client -> server: " + learner;
        submit(learner, marker);
        String body = exportClient().get().uri("/api/v1/admin/exports/submissions?tutorial=" + SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.admin("root")))
                .accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return body.lines().map(l -> JsonMapper.shared().readTree(l))
                .filter(l -> l.path("source").asString().equals(marker))
                .map(l -> l.path("learner").asString()).findFirst().orElseThrow();
    }

    @Test
    void reportsWhenLearnerTokenThen403() {
        http.get().uri("/api/v1/admin/stats").headers(h -> h.setBearerAuth(TestTokens.learner("nosy")))
                .exchange().expectStatus().isForbidden();
        http.get().uri("/api/v1/admin/exports/submissions").headers(h -> h.setBearerAuth(TestTokens.learner("nosy")))
                .exchange().expectStatus().isForbidden();
    }
}
