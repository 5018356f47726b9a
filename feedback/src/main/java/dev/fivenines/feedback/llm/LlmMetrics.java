package dev.fivenines.feedback.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The reviewer's meters. Tags carry only fixed vocabularies (outcome, failure kind, direction):
 * never the learner, the source or the key.
 */
final class LlmMetrics {

    private final MeterRegistry registry;
    private final Counter tokensIn;
    private final Counter tokensOut;

    LlmMetrics(MeterRegistry registry, CircuitBreaker breaker, ConcurrencyLimiter limiter) {
        this.registry = registry;
        this.tokensIn = Counter.builder("fivenines.llm.tokens").tag("direction", "in")
                .description("Prompt tokens reported by the LLM").register(registry);
        this.tokensOut = Counter.builder("fivenines.llm.tokens").tag("direction", "out")
                .description("Completion tokens reported by the LLM").register(registry);
        Gauge.builder("fivenines.llm.circuit.state", breaker, b -> stateCode(b.getState()))
                .description("0 closed, 1 open, 2 half-open, 3 other").register(registry);
        Gauge.builder("fivenines.llm.inflight", limiter, ConcurrencyLimiter::inFlight)
                .description("LLM calls holding a concurrency permit").register(registry);
        Gauge.builder("fivenines.llm.waiting", limiter, ConcurrencyLimiter::waiting)
                .description("LLM calls waiting for a permit").register(registry);
    }

    void latency(Duration d, String outcome) {
        Timer.builder("fivenines.llm.latency").tag("outcome", outcome).register(registry).record(d);
    }

    void usage(LlmOutcome.Usage usage) {
        tokensIn.increment(usage.promptTokens());
        tokensOut.increment(usage.completionTokens());
    }

    void failure(LlmOutcome.Kind kind) {
        Counter.builder("fivenines.llm.failures").tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
    }

    private static int stateCode(CircuitBreaker.State s) {
        return switch (s) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
            default -> 3;
        };
    }
}
