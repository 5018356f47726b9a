package dev.fivenines.feedback.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.DiagramReviewer.Result;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.ReviewState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class ConcurrencyLimitTest {

    /** Answers after 300 ms and remembers the most requests it ever had in progress. */
    private static final class CountingDispatcher extends Dispatcher {
        final AtomicInteger current = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            int now = current.incrementAndGet();
            max.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(300);
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(LlmFixtures.goodAnswer()).build();
            } finally {
                current.decrementAndGet();
            }
        }
    }

    @Test
    void reviewWhenMoreCallsThanTheLimitThenNeverMoreInFlightAndAllComplete() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            CountingDispatcher dispatcher = new CountingDispatcher();
            server.setDispatcher(dispatcher);
            server.start();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            LlmSettings s = LlmSettings.of(server.url("/v1").toString(), "m", "").withConcurrency(2);
            LlmDiagramReviewer r = new LlmDiagramReviewer(s, LlmDiagramReviewer.defaultBreaker(), registry,
                    Clock.systemUTC());
            FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);

            List<Result> results = Flux.range(0, 6)
                    .flatMap(i -> r.review("learner-" + i, LlmFixtures.tutorial(), LlmFixtures.SOURCE, structural))
                    .collectList().block(Duration.ofSeconds(10));

            assertThat(results).hasSize(6).allSatisfy(x -> assertThat(x.state()).isEqualTo(ReviewState.DONE));
            assertThat(dispatcher.max.get()).isEqualTo(2);
            assertThat(server.getRequestCount()).isEqualTo(6);
            assertThat(registry.get("fivenines.llm.inflight").gauge().value()).isZero();
        }
    }

    @Test
    void limitWhenWaiterCancelledThenItsPlaceIsFreedAndPermitsReturn() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 10);
        Sinks.One<String> gate = Sinks.one();
        StepVerifier.create(limiter.limit(gate.asMono()))
                .then(() -> assertThat(limiter.inFlight()).isEqualTo(1))
                .then(() -> StepVerifier.create(limiter.limit(Mono.just("queued")))
                        .then(() -> assertThat(limiter.waiting()).isEqualTo(1))
                        .thenCancel().verify(Duration.ofSeconds(2)))
                .then(() -> assertThat(limiter.waiting()).isZero())
                .then(() -> gate.tryEmitValue("first"))
                .expectNext("first").expectComplete().verify(Duration.ofSeconds(2));
        assertThat(limiter.inFlight()).isZero();
        StepVerifier.create(limiter.limit(Mono.just("again"))).expectNext("again").expectComplete()
                .verify(Duration.ofSeconds(2));
    }

    private static Mono<String> kindOrValue(Mono<String> m) {
        return m.onErrorResume(e -> Mono.just(e instanceof LlmCallException x ? x.kind().name() : "other"));
    }

    @Test
    void limitWhenQueueIsFullThenRejectedAsOverloaded() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 1);
        Sinks.One<String> gate = Sinks.one();
        StepVerifier.create(Flux.merge(kindOrValue(limiter.limit(gate.asMono())),
                        kindOrValue(limiter.limit(Mono.just("b"))), kindOrValue(limiter.limit(Mono.just("c")))))
                .expectNext("OVERLOADED")
                .then(() -> gate.tryEmitValue("a"))
                .recordWith(java.util.ArrayList::new).expectNextCount(2)
                .consumeRecordedWith(r -> assertThat(r).containsExactlyInAnyOrder("a", "b")).expectComplete().verify(Duration.ofSeconds(2));
    }
}
