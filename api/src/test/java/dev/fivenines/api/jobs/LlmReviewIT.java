package dev.fivenines.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import dev.fivenines.api.support.MockLlmAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Submissions with an LLM configured (a local mock server): the structural feedback answers at
 * once, the review runs as a PostgreSQL job and lands on the submission; failures leave the
 * structural feedback intact with a reason; a job abandoned by a crashed instance completes once.
 */
@IntegrationTest
class LlmReviewIT {

    private static final String SLUG = MockLlmAnswers.TUTORIAL;
    private static final AtomicReference<String> MODE = new AtomicReference<>("good");
    private static final MockWebServer LLM = startLlm();

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("fivenines.llm.base-url", () -> LLM.url("/v1").toString());
        registry.add("fivenines.llm.model", () -> "mock-model");
        registry.add("fivenines.llm.request-timeout", () -> "5s");
        registry.add("fivenines.review-jobs.poll", () -> "100ms");
        registry.add("fivenines.review-jobs.lease", () -> "20s");
    }

    @AfterAll
    static void stopLlm() {
        LLM.close();
    }

    @Autowired
    WebTestClient http;

    @Autowired
    TutorialCatalog catalog;

    @Autowired
    DatabaseClient db;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Test
    void submitWhenLlmAnswersThenPendingAtOnceThenMergedReviewThroughEvents() {
        MODE.set("good");
        String learner = "llm-" + UUID.randomUUID();
        JsonNode created = submit(learner, catalog.find(SLUG).orElseThrow().solution() + "\n# v" + UUID.randomUUID());
        assertThat(created.path("feedback").path("status").asString()).isEqualTo("PARTIAL");
        assertThat(created.path("feedback").path("review").path("llm").asString()).isEqualTo("pending");
        int structuralPassed = created.path("feedback").path("score").path("passed").asInt();

        List<ServerSentEvent<JsonNode>> events = events(learner, created.path("id").asString());
        JsonNode last = events.getLast().data();
        assertThat(last.path("feedback").path("review").path("llm").asString()).isEqualTo("done");
        assertThat(last.path("feedback").path("status").asString()).isEqualTo("COMPLETE");
        JsonNode llmFinding = finding(last, MockLlmAnswers.CRITERION);
        assertThat(llmFinding.path("origin").asString()).isEqualTo("LLM");
        assertThat(llmFinding.path("verdict").asString()).isEqualTo("PASS");
        assertThat(last.path("feedback").path("score").path("passed").asInt()).isLessThanOrEqualTo(structuralPassed + 1);
        created.path("feedback").path("findings").forEach(structural -> assertThat(
                finding(last, structural.path("criterionId").asString()).path("verdict").asString())
                .isEqualTo(structural.path("verdict").asString()));
    }

    @Test
    void submitWhenLlmFailsThenStructuralFeedbackKeptWithFailedAndReason() {
        MODE.set("fail");
        String learner = "llm-" + UUID.randomUUID();
        JsonNode created = submit(learner, catalog.find(SLUG).orElseThrow().solution() + "\n# f" + UUID.randomUUID());
        JsonNode last = events(learner, created.path("id").asString()).getLast().data();
        assertThat(last.path("feedback").path("review").path("llm").asString()).isEqualTo("failed");
        assertThat(last.path("feedback").path("review").path("reason").asString()).isNotBlank();
        assertThat(last.path("feedback").path("status").asString()).isEqualTo("PARTIAL");
        assertThat(last.path("feedback").path("score")).isEqualTo(created.path("feedback").path("score"));
        assertThat(last.path("feedback").path("findings")).isEqualTo(created.path("feedback").path("findings"));
    }

    @Test
    void jobWhenItsInstanceCrashedMidReviewThenClaimedAgainAndCompletedExactlyOnce() {
        MODE.set("slow");
        double completedBefore = completed();
        String learner = "llm-" + UUID.randomUUID();
        JsonNode created = submit(learner, catalog.find(SLUG).orElseThrow().solution() + "\n# c" + UUID.randomUUID());
        UUID id = UUID.fromString(created.path("id").asString());
        awaitJob(id, "running", 1);
        // What a crash leaves behind: a job claimed by an instance that is gone, its lease run out.
        db.sql("update review_job set lease_until = now() - interval '1 second' where submission_id = :id")
                .bind("id", id).then().block(Duration.ofSeconds(5));

        JsonNode last = events(learner, id.toString()).getLast().data();
        assertThat(last.path("feedback").path("review").path("llm").asString()).isEqualTo("done");
        Map<String, Object> job = db.sql("select state, attempts from review_job where submission_id = :id")
                .bind("id", id).fetch().one().block(Duration.ofSeconds(5));
        assertThat(job).containsEntry("state", "done").containsEntry("attempts", 2);
        await(() -> completed() - completedBefore >= 1);
        sleep(Duration.ofSeconds(4)); // let the first, orphaned call finish too: it must not complete again
        assertThat(completed() - completedBefore).isEqualTo(1.0);
        MODE.set("good");
    }

    private double completed() {
        return metrics.counter("fivenines.review.completed").count();
    }

    private void awaitJob(UUID id, String state, int attempts) {
        await(() -> {
            Map<String, Object> job = db.sql("select state, attempts from review_job where submission_id = :id")
                    .bind("id", id).fetch().one().block(Duration.ofSeconds(5));
            return job != null && state.equals(job.get("state")) && Integer.valueOf(attempts).equals(job.get("attempts"));
        });
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached within 30 s").isLessThan(deadline);
            sleep(Duration.ofMillis(50));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private JsonNode submit(String learner, String source) {
        return http.post().uri("/api/v1/tutorials/{slug}/submissions", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("source", source))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<ServerSentEvent<JsonNode>> events(String learner, String id) {
        return http.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .get().uri("/api/v1/submissions/{id}/events", id)
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner)))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody().collectList().block(Duration.ofSeconds(60));
    }

    private static JsonNode finding(JsonNode submission, String criterionId) {
        for (JsonNode f : submission.path("feedback").path("findings")) {
            if (f.path("criterionId").asString().equals(criterionId)) {
                return f;
            }
        }
        throw new AssertionError("no finding for " + criterionId);
    }

    private static MockWebServer startLlm() {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (MODE.get().equals("fail")) {
                    return new MockResponse.Builder().code(500).body("{\"error\":\"down\"}").build();
                }
                var ok = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(MockLlmAnswers.passingCompletion());
                if (MODE.get().equals("slow")) {
                    ok.headersDelay(3, java.util.concurrent.TimeUnit.SECONDS);
                }
                return ok.build();
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }
}
