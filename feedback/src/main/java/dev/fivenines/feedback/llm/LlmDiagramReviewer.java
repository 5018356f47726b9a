package dev.fivenines.feedback.llm;

import dev.fivenines.domain.feedback.DiagramReviewer;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.llm.LlmOutcome.Done;
import dev.fivenines.feedback.llm.LlmOutcome.Failed;
import dev.fivenines.feedback.llm.LlmOutcome.Kind;
import dev.fivenines.feedback.llm.LlmOutcome.Skipped;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * The LLM review of a submission: budget, concurrency limit, circuit breaker, the call with its
 * retries, schema validation, grounding, then the merge. Nothing throws out of it; every failure
 * becomes a {@link Failed} outcome and the structural feedback is kept.
 */
public final class LlmDiagramReviewer implements DiagramReviewer {

    /** Failures of the service rather than of its answer: they open the circuit and refund the budget. */
    private static final Set<Kind> SERVICE_FAILURES = EnumSet.of(Kind.TIMEOUT, Kind.SERVER_ERROR, Kind.RATE_LIMITED,
            Kind.CONNECTION, Kind.CIRCUIT_OPEN, Kind.OVERLOADED);

    private final LlmSettings settings;
    private final ChatCompletionClient client;
    private final CircuitBreaker breaker;
    private final ConcurrencyLimiter limiter;
    private final DailyBudget budget;
    private final LlmMetrics metrics;
    private final LlmFailureLog failureLog;

    public LlmDiagramReviewer(LlmSettings settings, MeterRegistry registry) {
        this(settings, defaultBreaker(), registry, Clock.systemUTC());
    }

    public LlmDiagramReviewer(LlmSettings settings, CircuitBreakerConfig breakerConfig, MeterRegistry registry,
                              Clock clock) {
        this(settings, breakerConfig, registry, clock, LlmFailureLog.toSystemLogger(settings.baseUrl()));
    }

    LlmDiagramReviewer(LlmSettings settings, CircuitBreakerConfig breakerConfig, MeterRegistry registry,
                       Clock clock, LlmFailureLog failureLog) {
        this.failureLog = failureLog;
        this.settings = settings;
        this.client = new ChatCompletionClient(settings, clock);
        this.breaker = CircuitBreaker.of("fivenines-llm", breakerConfig);
        this.limiter = new ConcurrencyLimiter(settings.maxConcurrency(), settings.maxQueued());
        this.budget = new DailyBudget(settings.dailyBudgetPerLearner());
        this.metrics = new LlmMetrics(registry, breaker, limiter);
    }

    /**
     * Opens after half of at least 5 of the last 10 calls failed at the service, stays open 30 s,
     * then lets 2 trial calls through half-open. The open-to-half-open move happens on the next
     * call, so the breaker needs no timer thread.
     */
    public static CircuitBreakerConfig defaultBreaker() {
        return CircuitBreakerConfig.custom().slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30)).permittedNumberOfCallsInHalfOpenState(2)
                .recordException(e -> e instanceof LlmCallException x && SERVICE_FAILURES.contains(x.kind()))
                .build();
    }

    @Override
    public Mono<Result> review(String learnerId, Tutorial tutorial, String source, FeedbackReport structural) {
        String text = source == null ? "" : source;
        Grounding grounding = Grounding.of(text);
        return assess(learnerId, tutorial, text, structural, grounding).map(outcome -> switch (outcome) {
            case Done d -> new Result(FeedbackMerger.merge(structural, d.review(), tutorial, text, grounding),
                    ReviewState.DONE, "", ReviewPrompt.PROMPT_VERSION);
            case Failed f -> new Result(FeedbackMerger.failed(structural, source), ReviewState.FAILED, f.reason(),
                    ReviewPrompt.PROMPT_VERSION);
            case Skipped s -> new Result(FeedbackMerger.failed(structural, source), ReviewState.FAILED, s.reason(),
                    ReviewPrompt.PROMPT_VERSION);
        });
    }

    /** The raw outcome, for callers that merge or cache themselves. Never errors. */
    public Mono<LlmOutcome> assess(String learnerId, Tutorial tutorial, String source, FeedbackReport structural) {
        String text = source == null ? "" : source;
        return assess(learnerId, tutorial, text, structural, Grounding.of(text));
    }

    /** The grounding is computed once per review: it compiles the diagram, the costliest step here. */
    private Mono<LlmOutcome> assess(String learnerId, Tutorial tutorial, String text, FeedbackReport structural,
                                    Grounding grounding) {
        return Mono.defer(() -> attempt(learnerId, tutorial, text, structural, grounding))
                .onErrorResume(e -> Mono.just(failure(e)));
    }

    private Mono<LlmOutcome> attempt(String learnerId, Tutorial tutorial, String text, FeedbackReport structural,
                                     Grounding grounding) {
        if (structural.status() == FeedbackStatus.INVALID) {
            return Mono.just(new Skipped("The diagram has D2 errors; fix them to get the AI review."));
        }
        if (!budget.tryConsume(learnerId)) {
            return Mono.just(new Skipped("You have used today's AI reviews; the structural feedback is complete."));
        }
        String user = ReviewPrompt.user(tutorial, text, structural);
        return limiter.limit(timed(client.complete(ReviewPrompt.system(), user))
                        .transformDeferred(CircuitBreakerOperator.of(breaker)))
                .map(answer -> validated(answer, tutorial, grounding))
                .onErrorResume(e -> Mono.just(logged(failure(e), describe(e))))
                .doOnNext(o -> account(o, learnerId));
    }

    private Mono<ChatCompletionClient.Answer> timed(Mono<ChatCompletionClient.Answer> call) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return call.doOnEach(signal -> {
                if (signal.isOnNext() || signal.isOnError()) {
                    metrics.latency(Duration.ofNanos(System.nanoTime() - start), signal.isOnNext() ? "ok" : "error");
                }
            });
        });
    }

    private LlmOutcome validated(ChatCompletionClient.Answer answer, Tutorial tutorial, Grounding grounding) {
        metrics.usage(answer.usage());
        return LlmReviewValidator.validate(answer.content(), tutorial.rubric(), grounding,
                settings.model(), answer.usage());
    }

    private Failed logged(Failed failed, String detail) {
        failureLog.failed(failed.kind(), detail);
        return failed;
    }

    /** For the operator's log: our own exceptions carry only a status or kind, never the request or key. */
    private static String describe(Throwable e) {
        return switch (e) {
            case LlmCallException x -> x.getMessage();
            case CallNotPermittedException x -> "circuit breaker open after repeated failures";
            default -> e.getClass().getSimpleName();
        };
    }

    private void account(LlmOutcome outcome, String learnerId) {
        if (outcome instanceof Done) {
            failureLog.succeeded();
        }
        if (outcome instanceof Failed f) {
            // a kind already logged with its detail on the error path stays at that one line
            failureLog.failed(f.kind(), f.reason());
            metrics.failure(f.kind());
            if (SERVICE_FAILURES.contains(f.kind())) {
                budget.refund(learnerId);
            }
        }
    }

    static Failed failure(Throwable e) {
        return switch (e) {
            case CallNotPermittedException x -> new Failed(Kind.CIRCUIT_OPEN,
                    "The AI reviewer is unavailable for a moment; your structural feedback is complete.");
            case LlmCallException x -> new Failed(x.kind(), reason(x.kind()));
            default -> new Failed(Kind.CONNECTION, reason(Kind.CONNECTION));
        };
    }

    private static String reason(Kind kind) {
        return switch (kind) {
            case TIMEOUT -> "The AI reviewer took too long to answer; your structural feedback is complete.";
            case RATE_LIMITED, OVERLOADED -> "The AI reviewer is busy right now; try again in a few minutes.";
            case SERVER_ERROR, CONNECTION, CIRCUIT_OPEN ->
                    "The AI reviewer could not be reached; your structural feedback is complete.";
            case REJECTED -> "The AI reviewer refused the request; your structural feedback is complete.";
            case MALFORMED, SCHEMA_VIOLATION -> "The AI reviewer gave an unusable answer; your structural feedback is complete.";
        };
    }

    /** For operators and tests: the breaker's current state. */
    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }
}
