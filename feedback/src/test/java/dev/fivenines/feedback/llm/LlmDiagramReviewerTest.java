package dev.fivenines.feedback.llm;

import static dev.fivenines.feedback.llm.LlmFixtures.J;
import static dev.fivenines.feedback.llm.LlmFixtures.assertStructuralIntact;
import static dev.fivenines.feedback.llm.LlmFixtures.completion;
import static dev.fivenines.feedback.llm.LlmFixtures.content;
import static dev.fivenines.feedback.llm.LlmFixtures.element;
import static dev.fivenines.feedback.llm.LlmFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.DiagramReviewer.Result;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.feedback.llm.LlmOutcome.Failed;
import dev.fivenines.feedback.llm.LlmOutcome.Kind;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The reviewer end to end against a local mock of an OpenAI-compatible server. */
class LlmDiagramReviewerTest {

    private static final Duration WAIT = Duration.ofSeconds(60); // a ceiling against hangs, not a speed check
    private static final String KEY = "sk-test-5ecret-key-77";

    private MockWebServer server;
    private SimpleMeterRegistry registry;
    private final FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        registry = new SimpleMeterRegistry();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmSettings settings() {
        // 15 s per request: on a loaded 2-core machine the first WebClient call alone took over 3 s, which
        // turned an expected SERVER_ERROR into a TIMEOUT (not retried). The timeout test sets its own 300 ms.
        return LlmSettings.of(server.url("/v1").toString(), "test-model", KEY)
                .withTimeouts(Duration.ofSeconds(15), 2, Duration.ofMillis(20));
    }

    private LlmDiagramReviewer reviewer(LlmSettings settings) {
        return new LlmDiagramReviewer(settings, LlmDiagramReviewer.defaultBreaker(), registry, Clock.systemUTC());
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private Result review(LlmDiagramReviewer r, String learner, String source, FeedbackReport structural) {
        Result[] out = new Result[1];
        StepVerifier.create(r.review(learner, LlmFixtures.tutorial(), source, structural))
                .assertNext(x -> out[0] = x).expectComplete().verify(WAIT);
        return out[0];
    }

    private Result review(LlmDiagramReviewer r) {
        return review(r, "learner-1", LlmFixtures.SOURCE, structural);
    }

    private static void assertFailedKeepingStructure(Result result, FeedbackReport structural) {
        assertThat(result.state()).isEqualTo(ReviewState.FAILED);
        assertThat(result.report().status()).isEqualTo(FeedbackStatus.PARTIAL);
        assertThat(result.report().llm()).isEqualTo(ReviewState.FAILED);
        assertThat(result.report().findings()).isEqualTo(structural.findings());
        assertThat(result.report().score()).isEqualTo(structural.score());
        assertThat(result.reason()).isNotBlank().doesNotContain(KEY);
    }

    private double failures(Kind kind) {
        var c = registry.find("fivenines.llm.failures").tag("kind", kind.name().toLowerCase()).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void reviewWhenEndpointUnreachableThenOneLogLineForThatKindWithoutTheKey() {
        List<String> lines = new CopyOnWriteArrayList<>();
        LlmSettings settings = settings();
        server.close(); // nothing listens on its port any more
        LlmDiagramReviewer reviewer = new LlmDiagramReviewer(settings, LlmDiagramReviewer.defaultBreaker(), registry,
                Clock.systemUTC(), new LlmFailureLog(settings.baseUrl(), lines::add));

        for (int i = 0; i < 3; i++) {
            assertFailedKeepingStructure(review(reviewer), structural);
        }

        assertThat(failures(Kind.CONNECTION)).isEqualTo(3);
        assertThat(lines).singleElement().asString()
                .contains("CONNECTION", "connection failed", ":" + java.net.URI.create(settings.baseUrl()).getPort())
                .doesNotContain(KEY, "/v1");
    }

    @Test
    void reviewWhenServerAnswersWellThenMergedCompleteWithRequestShapedAsSpecified() throws Exception {
        server.enqueue(ok(LlmFixtures.goodAnswer()));
        Result result = review(reviewer(settings()));

        assertThat(result.state()).isEqualTo(ReviewState.DONE);
        assertThat(result.promptVersion()).isEqualTo("review-v1");
        FeedbackReport merged = result.report();
        assertThat(merged.status()).isEqualTo(FeedbackStatus.COMPLETE);
        assertThat(merged.llm()).isEqualTo(ReviewState.DONE);
        assertThat(merged.findings()).filteredOn(f -> f.criterionId().equals("explains-single-thread"))
                .singleElement().extracting(Finding::verdict, Finding::origin).containsExactly(Verdict.PASS, Origin.LLM);
        assertThat(merged.findings()).filteredOn(f -> f.criterionId().equals("server-replies"))
                .singleElement().extracting(Finding::origin).isEqualTo(Origin.BOTH);
        assertStructuralIntact(structural, merged);

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        String body = request.getBody().utf8();
        assertThat(body).contains("\"response_format\"").contains("\"json_schema\"").contains("\"strict\":true")
                .contains("\"model\":\"test-model\"").contains("LEARNER_D2");
        assertThat(registry.get("fivenines.llm.tokens").tag("direction", "in").counter().count()).isEqualTo(321);
        assertThat(registry.get("fivenines.llm.tokens").tag("direction", "out").counter().count()).isEqualTo(45);
        assertThat(registry.get("fivenines.llm.latency").tag("outcome", "ok").timer().count()).isEqualTo(1);
    }

    @Test
    void reviewWhenServerTooSlowThenTimeoutFailureAndStructureKept() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS)
                .body(LlmFixtures.goodAnswer()).build());
        LlmSettings s = settings().withTimeouts(Duration.ofMillis(300), 2, Duration.ofMillis(20));
        long start = System.nanoTime();
        Result result = review(reviewer(s));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertFailedKeepingStructure(result, structural);
        assertThat(failures(Kind.TIMEOUT)).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reviewWhenServerErrorsPersistThenRetriedThenFailedKeepingStructure() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(500, "{\"error\":\"boom\"}"));
        }
        Result result = review(reviewer(settings()));
        assertFailedKeepingStructure(result, structural);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(failures(Kind.SERVER_ERROR)).isEqualTo(1);
    }

    @Test
    void reviewWhenOneServerErrorThenRetrySucceeds() {
        server.enqueue(status(503, "{}"));
        server.enqueue(ok(LlmFixtures.goodAnswer()));
        Result result = review(reviewer(settings()));
        assertThat(result.state()).isEqualTo(ReviewState.DONE);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertStructuralIntact(structural, result.report());
    }

    @Test
    void reviewWhenRateLimitedWithRetryAfterThenWaitsAtLeastThatLong() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("{}").build());
        server.enqueue(ok(LlmFixtures.goodAnswer()));
        long start = System.nanoTime();
        Result result = review(reviewer(settings()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.state()).isEqualTo(ReviewState.DONE);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(4));
        assertStructuralIntact(structural, result.report());
    }

    @Test
    void reviewWhenRetryAfterIsAnHourThenWaitIsCappedByTheSetting() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").body("{}").build());
        server.enqueue(ok(LlmFixtures.goodAnswer()));
        long start = System.nanoTime();
        Result result = review(reviewer(settings().withRetryAfterCap(Duration.ofMillis(400))));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.state()).isEqualTo(ReviewState.DONE);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void reviewWhenContentIsNotJsonThenMalformedFailure() {
        server.enqueue(ok(completion("I think the diagram is great!")));
        Result result = review(reviewer(settings()));
        assertFailedKeepingStructure(result, structural);
        assertThat(failures(Kind.MALFORMED)).isEqualTo(1);
    }

    @Test
    void reviewWhenResponseBodyIsNotAChatCompletionThenMalformedFailure() {
        server.enqueue(ok("<html>gateway</html>"));
        Result result = review(reviewer(settings()));
        assertFailedKeepingStructure(result, structural);
        assertThat(failures(Kind.MALFORMED)).isEqualTo(1);
    }

    @Test
    void reviewWhenContentViolatesSchemaThenSchemaFailure() {
        server.enqueue(ok(completion("{\"judgements\":[{\"criterionId\":\"has-client\",\"verdict\":\"PASS\"}],"
                + "\"nextRevision\":\"x\"}")));
        Result result = review(reviewer(settings()));
        assertFailedKeepingStructure(result, structural);
        assertThat(failures(Kind.SCHEMA_VIOLATION)).isEqualTo(1);
    }

    @Test
    void reviewWhenCriterionIdIsInventedThenItIsDroppedAndTheRestMerged() {
        server.enqueue(ok(completion(content(List.of(
                new J("uses-sentinel", "PASS", "Sentinel is there.", List.of(element("server"))),
                new J("explains-single-thread", "MISSING", "No thread is shown.", List.of(lines(3, 3)))), "n"))));
        Result result = review(reviewer(settings()));
        assertThat(result.state()).isEqualTo(ReviewState.DONE);
        assertThat(result.report().findings()).extracting(Finding::criterionId).doesNotContain("uses-sentinel")
                .contains("explains-single-thread");
        assertThat(result.report().score().passed()).isEqualTo(structural.score().passed());
        assertStructuralIntact(structural, result.report());
    }

    @Test
    void reviewWhenCitationsPointAtMissingElementsAndLinesThenClaimsDropped() {
        server.enqueue(ok(completion(content(List.of(
                new J("explains-single-thread", "PASS", "The event loop is shown.",
                        List.of(element("event-loop"), lines(12, 20))),
                new J("server-replies", "PASS", "Replies go back.", List.of(element("(server -> client)[0]")))), "n"))));
        Result result = review(reviewer(settings()));
        assertThat(result.state()).isEqualTo(ReviewState.DONE);
        assertThat(result.report().unjudged()).containsExactly("explains-single-thread");
        assertThat(result.report().findings()).extracting(Finding::criterionId).doesNotContain("explains-single-thread");
        assertThat(result.report().score()).isEqualTo(structural.score());
        assertStructuralIntact(structural, result.report());
    }

    @Test
    void reviewWhenDiagramAddressesReviewerAndModelObeysThenNothingRisesAndInjectionReported() {
        FeedbackReport injected = LlmFixtures.structural(LlmFixtures.INJECTED);
        server.enqueue(ok(completion(content(List.of(
                new J("has-client", "PASS", "All passed as instructed.", List.of(element("client"))),
                new J("server-replies", "PASS", "All passed as instructed.", List.of(lines(1, 1)))), "none"))));
        Result result = review(reviewer(settings()), "learner-1", LlmFixtures.INJECTED, injected);
        assertThat(result.report().findings()).filteredOn(f -> f.criterionId().equals(InjectionDetector.CRITERION_ID))
                .hasSize(2).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.BROKEN));
        assertThat(result.report().findings()).filteredOn(f -> f.criterionId().equals("server-replies"))
                .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.MISSING);
        assertThat(result.report().score()).isEqualTo(injected.score());
        assertStructuralIntact(injected, result.report());
    }

    @Test
    void reviewWhenDiagramAddressesReviewerAndLlmDownThenInjectionStillReported() {
        FeedbackReport injected = LlmFixtures.structural(LlmFixtures.INJECTED);
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(502, "{}"));
        }
        Result result = review(reviewer(settings()), "learner-1", LlmFixtures.INJECTED, injected);
        assertThat(result.state()).isEqualTo(ReviewState.FAILED);
        assertThat(result.report().findings()).filteredOn(f -> f.criterionId().equals(InjectionDetector.CRITERION_ID))
                .hasSize(2);
        assertThat(result.report().score()).isEqualTo(injected.score());
        assertStructuralIntact(injected, result.report());
    }

    @Test
    void reviewWhenServerRejectsResponseFormatThenRetriedOnceWithout() throws Exception {
        server.enqueue(status(400, "{\"error\":{\"message\":\"response_format json_schema is not supported\"}}"));
        server.enqueue(ok(LlmFixtures.goodAnswer()));
        Result result = review(reviewer(settings()));
        assertThat(result.state()).isEqualTo(ReviewState.DONE);
        assertStructuralIntact(structural, result.report());
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8()).contains("response_format");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8()).doesNotContain("response_format");
    }

    @Test
    void reviewWhenOtherBadRequestThenFailedWithoutRetry() {
        server.enqueue(status(400, "{\"error\":\"context length exceeded\"}"));
        Result result = review(reviewer(settings()));
        assertFailedKeepingStructure(result, structural);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reviewWhenFailuresRepeatThenCircuitOpensAndLaterClosesViaHalfOpen() {
        CircuitBreakerConfig fast = CircuitBreakerConfig.from(LlmDiagramReviewer.defaultBreaker())
                .slidingWindowSize(4).minimumNumberOfCalls(2).waitDurationInOpenState(Duration.ofMillis(500))
                .permittedNumberOfCallsInHalfOpenState(1).build();
        LlmDiagramReviewer r = new LlmDiagramReviewer(settings().withTimeouts(Duration.ofSeconds(3), 0,
                Duration.ofMillis(10)), fast, registry, Clock.systemUTC());
        server.enqueue(status(500, "{}"));
        server.enqueue(status(500, "{}"));
        review(r);
        review(r);
        assertThat(r.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(registry.get("fivenines.llm.circuit.state").gauge().value()).isEqualTo(1.0);

        Result rejected = review(r);
        assertFailedKeepingStructure(rejected, structural);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(failures(Kind.CIRCUIT_OPEN)).isEqualTo(1);

        server.enqueue(ok(LlmFixtures.goodAnswer()));
        StepVerifier.create(Mono.delay(Duration.ofMillis(700))
                        .then(r.review("learner-1", LlmFixtures.tutorial(), LlmFixtures.SOURCE, structural)))
                .assertNext(x -> {
                    assertThat(x.state()).isEqualTo(ReviewState.DONE);
                    assertStructuralIntact(structural, x.report());
                }).expectComplete().verify(WAIT);
        assertThat(r.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(registry.get("fivenines.llm.circuit.state").gauge().value()).isEqualTo(0.0);
    }

    @Test
    void reviewWhenBudgetSpentThenSkippedWithoutCallingAndOtherLearnersUnaffected() {
        LlmDiagramReviewer r = reviewer(settings().withBudget(2));
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok(LlmFixtures.goodAnswer()));
        }
        assertThat(review(r, "ann", LlmFixtures.SOURCE, structural).state()).isEqualTo(ReviewState.DONE);
        assertThat(review(r, "ann", LlmFixtures.SOURCE, structural).state()).isEqualTo(ReviewState.DONE);
        Result third = review(r, "ann", LlmFixtures.SOURCE, structural);
        assertFailedKeepingStructure(third, structural);
        assertThat(third.reason()).contains("today");
        assertThat(server.getRequestCount()).isEqualTo(2);
        Result bob = review(r, "bob", LlmFixtures.SOURCE, structural);
        assertThat(bob.state()).isEqualTo(ReviewState.DONE);
        assertStructuralIntact(structural, bob.report());
    }

    @Test
    void reviewWhenServiceFailsThenBudgetIsRefunded() {
        LlmDiagramReviewer r = reviewer(settings().withBudget(1).withTimeouts(Duration.ofSeconds(3), 0,
                Duration.ofMillis(10)));
        server.enqueue(status(500, "{}"));
        server.enqueue(ok(LlmFixtures.goodAnswer()));
        assertThat(review(r, "ann", LlmFixtures.SOURCE, structural).state()).isEqualTo(ReviewState.FAILED);
        assertThat(review(r, "ann", LlmFixtures.SOURCE, structural).state()).isEqualTo(ReviewState.DONE);
    }

    @Test
    void reviewWhenInvalidDiagramThenNotSentAndReportUnchanged() {
        FeedbackReport invalid = LlmFixtures.structural("a -> {");
        Result result = review(reviewer(settings()), "ann", "a -> {", invalid);
        assertThat(result.report()).isSameAs(invalid);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void reviewWhenNothingListensThenConnectionFailure() {
        LlmSettings s = LlmSettings.of("http://127.0.0.1:1/v1", "m", KEY).withTimeouts(Duration.ofSeconds(2), 1,
                Duration.ofMillis(10));
        Result result = review(reviewer(s));
        assertFailedKeepingStructure(result, structural);
        assertThat(failures(Kind.CONNECTION)).isEqualTo(1);
    }

    @Test
    void reviewWhenAnythingIsRecordedThenNeitherKeyNorSourceAppearInMeters() {
        server.enqueue(ok(LlmFixtures.goodAnswer()));
        server.enqueue(status(500, "{}"));
        LlmDiagramReviewer r = reviewer(settings().withTimeouts(Duration.ofSeconds(3), 0, Duration.ofMillis(10)));
        review(r);
        Result failed = review(r);
        Predicate<String> leaks = t -> t.contains(KEY) || t.contains("SET greeting hello");
        registry.getMeters().forEach(m -> {
            assertThat(leaks.test(m.getId().toString())).as(m.getId().toString()).isFalse();
        });
        assertThat(leaks.test(failed.reason())).isFalse();
        assertThat(leaks.test(LlmDiagramReviewer.failure(new LlmCallException(Kind.REJECTED, "HTTP 400", null,
                "echo " + KEY)).toString())).isFalse();
        assertThat(registry.getMeters()).isNotEmpty();
        assertThat(failed).isNotNull().extracting(Result::state).isEqualTo(ReviewState.FAILED);
        assertThat(((Failed) LlmDiagramReviewer.failure(new RuntimeException(KEY))).reason()).doesNotContain(KEY);
    }
}
