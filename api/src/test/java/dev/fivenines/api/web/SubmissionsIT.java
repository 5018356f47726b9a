package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SubmissionsIT {

    private static final String SLUG = "single-node-key-value-core";

    @Autowired
    WebTestClient http;

    @Autowired
    TutorialCatalog catalog;

    @Autowired
    DatabaseClient db;

    private String solution() {
        return catalog.find(SLUG).orElseThrow().solution();
    }

    private String starter() {
        return catalog.find(SLUG).orElseThrow().starter().getFirst().content();
    }

    private WebTestClient.ResponseSpec submit(String learner, String source, String key) {
        return http.post().uri("/api/v1/tutorials/{slug}/submissions", SLUG)
                .headers(h -> {
                    h.setBearerAuth(TestTokens.learner(learner));
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("source", source))
                .exchange();
    }

    private JsonNode body(WebTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void submitWhenReferenceSolutionThen201WithStoredFeedback() {
        String learner = "ann-" + UUID.randomUUID();
        var response = submit(learner, solution(), null).expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/submissions/[0-9a-f-]+");
        JsonNode created = body(response);
        assertThat(created.path("revision").asInt()).isEqualTo(1);
        assertThat(created.path("feedback").path("status").asString()).isEqualTo("COMPLETE");
        assertThat(created.path("feedback").path("review").path("llm").asString()).isEqualTo("disabled");
        assertThat(created.path("feedback").path("findings").size()).isPositive();
        assertThat(created.path("changes").isNull() || created.path("changes").isMissingNode()).isTrue();

        http.get().uri("/api/v1/submissions/{id}", created.path("id").asString())
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.feedback.rubricVersion").isEqualTo(created.path("feedback").path("rubricVersion").asInt());
    }

    @Test
    void submitWhenSecondRevisionThenChangesSinceThePrevious() {
        String learner = "ben-" + UUID.randomUUID();
        submit(learner, solution(), null).expectStatus().isCreated();
        JsonNode second = body(submit(learner, starter(), null).expectStatus().isCreated());
        assertThat(second.path("revision").asInt()).isEqualTo(2);
        JsonNode changes = second.path("changes");
        assertThat(changes.path("previousRevision").asInt()).isEqualTo(1);
        assertThat(changes.path("newlyBroken").size()).isPositive();
        assertThat(changes.path("diagram").path("shapesRemoved").size()
                + changes.path("diagram").path("connectionsRemoved").size()).isPositive();
    }

    @Test
    void submitWhenARevisionDoesNotCompileThenItIsNotComparedAndTheNextComparesWithTheLastThatCompiled() {
        String learner = "gil-" + UUID.randomUUID();
        submit(learner, solution(), null).expectStatus().isCreated();

        JsonNode invalid = body(submit(learner, "a -> b: \"unterminated\n", null).expectStatus().isCreated());
        assertThat(invalid.path("feedback").path("status").asString()).isEqualTo("INVALID");
        assertThat(invalid.path("changes").path("notCompared").asString()).isEqualTo("Not compared: fix the errors first.");
        assertThat(invalid.path("changes").path("previousRevision").asInt()).isEqualTo(1);
        assertThat(invalid.path("changes").path("diagram").path("shapesRemoved").size()).isZero();

        JsonNode again = body(submit(learner, solution(), null).expectStatus().isCreated());
        assertUnchangedSinceRevisionOne(again);
    }

    @Test
    void submitWhenAnotherInstanceSavedAnInvalidRevisionThenComparesWithTheLastThatCompiled() {
        String learner = "hal-" + UUID.randomUUID();
        submit(learner, solution(), null).expectStatus().isCreated();
        JsonNode invalid = body(submit("other-" + UUID.randomUUID(), "a -> b: \"unterminated\n", null)
                .expectStatus().isCreated());
        db.sql("""
                insert into submission (id, learner, tutorial_slug, revision, source, created_at, feedback, status,
                                        score_passed, score_total, llm_state, rubric_version)
                select gen_random_uuid(), :learner, tutorial_slug, 2, source, now(), feedback, status,
                       score_passed, score_total, llm_state, rubric_version
                from submission where id = :invalid""")
                .bind("learner", learner).bind("invalid", UUID.fromString(invalid.path("id").asString())).then().block();

        JsonNode third = body(submit(learner, solution(), null).expectStatus().isCreated());

        assertThat(third.path("revision").asInt()).isEqualTo(3);
        assertUnchangedSinceRevisionOne(third);
    }

    private static void assertUnchangedSinceRevisionOne(JsonNode submission) {
        JsonNode changes = submission.path("changes");
        assertThat(changes.path("previousRevision").asInt()).isEqualTo(1);
        assertThat(changes.path("notCompared").isNull()).isTrue();
        assertThat(changes.path("fixed").size() + changes.path("newlyBroken").size()).isZero();
        JsonNode diagram = changes.path("diagram");
        assertThat(diagram.path("shapesAdded").size() + diagram.path("shapesRemoved").size()
                + diagram.path("connectionsAdded").size() + diagram.path("connectionsRemoved").size()).isZero();
    }

    /*
     * This instance remembers each learner's newest revision; these two cases change the database
     * behind its back, as another instance would, and the next revision must build on what is stored.
     */
    @Test
    void submitWhenAnotherInstanceReviewedThePreviousRevisionThenComparesWithTheStoredVerdicts() {
        String learner = "eve-" + UUID.randomUUID();
        String passing = "pat-" + UUID.randomUUID();
        submit(passing, solution(), null).expectStatus().isCreated();
        JsonNode first = body(submit(learner, starter(), null).expectStatus().isCreated());
        db.sql("""
                update submission set llm_state = 'DONE',
                       feedback = (select jsonb_set(feedback, '{llm}', '"DONE"') from submission where learner = :passing)
                where learner = :learner and revision = 1""")
                .bind("passing", passing).bind("learner", learner).then().block();

        JsonNode second = body(submit(learner, starter(), null).expectStatus().isCreated());

        assertThat(second.path("revision").asInt()).isEqualTo(2);
        assertThat(second.path("changes").path("stillOpen").size()).isZero();
        List<String> failing = first.path("feedback").path("findings").valueStream()
                .filter(f -> List.of("MISSING", "BROKEN").contains(f.path("verdict").asString()))
                .map(f -> f.path("criterionId").asString()).sorted().toList();
        assertThat(failing).isNotEmpty();
        assertThat(second.path("changes").path("newlyBroken").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(failing);
    }

    @Test
    void submitWhenAnotherInstanceSavedTheNextRevisionThenTakesTheOneAfter() {
        String learner = "fay-" + UUID.randomUUID();
        submit(learner, starter(), null).expectStatus().isCreated();
        db.sql("""
                insert into submission (id, learner, tutorial_slug, revision, source, created_at, feedback, status,
                                        score_passed, score_total, llm_state, rubric_version)
                select gen_random_uuid(), learner, tutorial_slug, 2, :source, now(), feedback, status,
                       score_passed, score_total, llm_state, rubric_version
                from submission where learner = :learner and revision = 1""")
                .bind("learner", learner).bind("source", solution()).then().block();

        JsonNode third = body(submit(learner, starter(), null).expectStatus().isCreated());

        assertThat(third.path("revision").asInt()).isEqualTo(3);
        assertThat(third.path("changes").path("previousRevision").asInt()).isEqualTo(2);
        assertThat(third.path("changes").path("diagram").path("shapesRemoved").size()).isPositive();
    }

    @Test
    void storageWhenServerHasLz4ThenSourceAndFeedbackCompressWithIt() {
        boolean lz4 = db.sql("select count(*) as n from pg_settings where name = 'default_toast_compression'"
                        + " and 'lz4' = any(enumvals)")
                .map(row -> row.get("n", Long.class)).one().block() == 1;
        List<String> methods = db.sql("""
                        select coalesce(nullif(attcompression, ''), '-') as method from pg_attribute
                        where attrelid = 'submission'::regclass and attname in ('source', 'feedback', 'changes')""")
                .map(row -> row.get("method", String.class)).all().collectList().block();
        assertThat(methods).hasSize(3).containsOnly(lz4 ? "l" : "-");
    }

    @Test
    void submitWhenRetriedWithSameIdempotencyKeyThenCreatesNothingTwice() {
        String learner = "cat-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        JsonNode first = body(submit(learner, solution(), key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotency-Replayed", "false"));
        JsonNode again = body(submit(learner, solution(), key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotency-Replayed", "true"));
        assertThat(again.path("id").asString()).isEqualTo(first.path("id").asString());
        http.get().uri("/api/v1/submissions").headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);
        submit(learner, starter(), key).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void submitWhenSameLearnerSubmitsConcurrentlyThenEveryOneStoredWithItsOwnRevision() {
        String learner = "kim-" + UUID.randomUUID();
        List<Integer> revisions = reactor.core.publisher.Flux.range(0, 12)
                .flatMap(i -> reactor.core.publisher.Mono.fromCallable(() ->
                                body(submit(learner, "a -> b: " + i, null).expectStatus().isCreated()).path("revision").asInt())
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()), 12)
                .collectList().block(java.time.Duration.ofSeconds(60));
        assertThat(revisions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void submitWhenDiagramDoesNotParseThen201Invalid() {
        JsonNode created = body(submit("dan-" + UUID.randomUUID(), "a -> {\n", null).expectStatus().isCreated());
        assertThat(created.path("feedback").path("status").asString()).isEqualTo("INVALID");
        assertThat(created.path("feedback").path("diagnostics").size()).isPositive();
    }

    @Test
    void submitWhenSourceTooLargeThen413() {
        submit("eve", "a -> b\n".repeat(12_000), null).expectStatus().isEqualTo(413);
    }

    @Test
    void submitWhenTutorialUnknownOrComingSoonThen404() {
        for (String slug : List.of("no-such-tutorial", "cluster-resharding")) {
            http.post().uri("/api/v1/tutorials/{slug}/submissions", slug)
                    .headers(h -> h.setBearerAuth(TestTokens.learner("fay")))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("source", "a"))
                    .exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void submitWhenNoTokenThen401() {
        http.post().uri("/api/v1/tutorials/{slug}/submissions", SLUG).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("source", "a")).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void getWhenAnotherLearnerThen404AndWhenAdminThen200() {
        JsonNode created = body(submit("gus-" + UUID.randomUUID(), solution(), null).expectStatus().isCreated());
        String id = created.path("id").asString();
        http.get().uri("/api/v1/submissions/{id}", id).headers(h -> h.setBearerAuth(TestTokens.learner("intruder")))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/submissions/{id}/events", id).headers(h -> h.setBearerAuth(TestTokens.learner("intruder")))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/submissions/{id}", id).headers(h -> h.setBearerAuth(TestTokens.admin("root")))
                .exchange().expectStatus().isOk();
    }

    @Test
    void historyWhenSeveralRevisionsThenNewestFirstWithCursor() {
        String learner = "hal-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            submit(learner, "a -> b: " + i, null).expectStatus().isCreated();
        }
        JsonNode page = body(http.get().uri("/api/v1/submissions?tutorial=" + SLUG + "&limit=2")
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange().expectStatus().isOk());
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("revision").asInt()).isEqualTo(3);
        String cursor = page.path("nextCursor").asString();
        JsonNode rest = body(http.get().uri(b -> b.path("/api/v1/submissions").queryParam("cursor", cursor).build())
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange().expectStatus().isOk());
        assertThat(rest.path("items").size()).isEqualTo(1);
        assertThat(rest.path("items").get(0).path("revision").asInt()).isEqualTo(1);
        assertThat(rest.path("nextCursor").isNull() || rest.path("nextCursor").isMissingNode()).isTrue();
    }

    @Test
    void historyWhenListedThenEachItemCarriesTheOutcomeItsSubmissionHas() {
        String learner = "hil-" + UUID.randomUUID();
        JsonNode passing = body(submit(learner, solution(), null).expectStatus().isCreated());
        JsonNode invalid = body(submit(learner, "a -> {", null).expectStatus().isCreated());
        JsonNode items = body(http.get().uri("/api/v1/submissions?tutorial=" + SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange().expectStatus().isOk()).path("items");
        assertThat(items.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            JsonNode submitted = (i == 0 ? invalid : passing).path("feedback");
            assertThat(items.get(i).path("status").asString()).isEqualTo(submitted.path("status").asString());
            assertThat(items.get(i).path("score")).isEqualTo(submitted.path("score"));
            assertThat(items.get(i).path("llm").asString()).isEqualTo(submitted.path("review").path("llm").asString());
        }
        assertThat(items.get(0).path("status").asString()).isEqualTo("INVALID");
        assertThat(items.get(1).path("score").path("passed").asInt()).isEqualTo(items.get(1).path("score").path("total").asInt())
                .isPositive();
    }

    @Test
    void eventsWhenNoLlmThenOneFeedbackEventAndComplete() {
        String learner = "ida-" + UUID.randomUUID();
        String id = body(submit(learner, solution(), null).expectStatus().isCreated()).path("id").asString();
        List<ServerSentEvent<JsonNode>> events = http.get().uri("/api/v1/submissions/{id}/events", id)
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner)))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody().collectList().block(java.time.Duration.ofSeconds(10));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().event()).isEqualTo("feedback");
        assertThat(events.getFirst().data().path("id").asString()).isEqualTo(id);
    }
}
