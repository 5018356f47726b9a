package dev.fivenines.api.web;

import dev.fivenines.api.web.FeedbackViews.SubmissionView;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.FeedbackSummary;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Score;
import dev.fivenines.domain.submission.RevisionBasis;
import dev.fivenines.domain.submission.Submission;
import dev.fivenines.domain.submission.SubmissionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The feedback stream polls the database while the LLM review is pending. A poll slower than the
 * poll interval (a cold pool, many streams, a GC pause) must delay the next poll, never end the
 * stream (security probe F4: {@code Flux.interval} overflowed and the client saw a clean end).
 */
class SubmissionEventsTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void untilFinalWhenEveryPollTakesLongerThanTheIntervalThenStillEndsWithTheFinalFeedback() {
        SlowStore store = new SlowStore(Duration.ofMillis(1500), 3);

        StepVerifier.withVirtualTime(() -> new SubmissionEvents(store).untilFinal(submission(ReviewState.PENDING)))
                .expectNextMatches(e -> isFeedback(e, ReviewState.PENDING))
                .thenAwait(Duration.ofSeconds(30))
                .expectNextMatches(e -> isFeedback(e, ReviewState.DONE))
                .verifyComplete();
    }

    @Test
    void untilFinalWhenTheReviewNeverLandsThenEndsWithAnErrorEventNotACleanEnd() {
        SlowStore store = new SlowStore(Duration.ofMillis(10), Integer.MAX_VALUE);

        StepVerifier.withVirtualTime(() -> new SubmissionEvents(store).untilFinal(submission(ReviewState.PENDING)))
                .expectNextMatches(e -> isFeedback(e, ReviewState.PENDING))
                .thenAwait(SubmissionEvents.GIVE_UP.plusSeconds(5))
                .expectNextMatches(e -> "error".equals(e.event()) && problemType(e).endsWith("/service-unavailable"))
                .verifyComplete();
    }

    @Test
    void untilFinalWhenAPollFailsThenEndsWithAnErrorEvent() {
        SlowStore store = new SlowStore(Duration.ofMillis(10), 1) {
            @Override
            public Mono<Submission> find(UUID id) {
                return Mono.error(new IllegalStateException("connection reset"));
            }
        };

        StepVerifier.withVirtualTime(() -> new SubmissionEvents(store).untilFinal(submission(ReviewState.PENDING)))
                .expectNextMatches(e -> isFeedback(e, ReviewState.PENDING))
                .thenAwait(Duration.ofSeconds(5))
                .expectNextMatches(e -> "error".equals(e.event()) && problemType(e).endsWith("/service-unavailable"))
                .verifyComplete();
    }

    @Test
    void untilFinalWhenTheFeedbackIsAlreadyFinalThenOneFeedbackEvent() {
        StepVerifier.create(new SubmissionEvents(new SlowStore(Duration.ZERO, 0)).untilFinal(submission(ReviewState.DONE)))
                .expectNextMatches(e -> isFeedback(e, ReviewState.DONE))
                .verifyComplete();
    }

    private static boolean isFeedback(ServerSentEvent<Object> event, ReviewState llm) {
        return "feedback".equals(event.event()) && event.data() instanceof SubmissionView view
                && view.id().equals(ID) && event.id().equals(ID + ":" + llm.id());
    }

    private static String problemType(ServerSentEvent<Object> event) {
        return String.valueOf(((Map<?, ?>) event.data()).get("type"));
    }

    /** Answers every find after {@code latency}; pending for the first {@code pendingPolls} polls. */
    private static class SlowStore implements SubmissionStore {
        private final Duration latency;
        private final int pendingPolls;
        private final AtomicInteger polls = new AtomicInteger();

        SlowStore(Duration latency, int pendingPolls) {
            this.latency = latency;
            this.pendingPolls = pendingPolls;
        }

        @Override
        public Mono<Submission> find(UUID id) {
            return Mono.delay(latency).map(t -> submission(
                    polls.incrementAndGet() <= pendingPolls ? ReviewState.PENDING : ReviewState.DONE));
        }

        @Override
        public <T> Mono<T> serialized(String learner, String tutorialSlug, Mono<T> work) {
            return work;
        }

        @Override
        public Mono<Submission> latest(String learner, String tutorialSlug) {
            return Mono.empty();
        }

        @Override
        public Mono<Submission> latestCompiled(String learner, String tutorialSlug) {
            return Mono.empty();
        }

        @Override
        public Mono<Submission> findByIdempotencyKey(String learner, String idempotencyKey) {
            return Mono.empty();
        }

        @Override
        public Mono<Submission> insert(Submission s, RevisionBasis previous, String key, boolean review) {
            return Mono.just(s);
        }
    }

    private static Submission submission(ReviewState llm) {
        FeedbackReport feedback = new FeedbackReport(llm == ReviewState.PENDING ? FeedbackStatus.PARTIAL
                : FeedbackStatus.COMPLETE, 1, new Score(0, 0), List.of(), List.of(),
                new FeedbackSummary(List.of(), List.of(), List.of(), ""), llm, List.of());
        return new Submission(ID, "ada", "t", 1, "a -> b", Instant.EPOCH, feedback, null, null);
    }
}
