package dev.fivenines.feedback.llm;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Limits how many calls run at once without blocking or adding threads: a call over the limit
 * parks as a pending Mono and is resumed by whichever call releases a permit. A Resilience4j
 * Bulkhead would either reject at once (wait 0) or block the calling event-loop thread while it
 * waits, so this small permit queue is used instead. Past {@code maxQueued} waiters it rejects.
 */
final class ConcurrencyLimiter {

    private final int max;
    private final int maxQueued;
    private final AtomicInteger permits;
    private final AtomicInteger queued = new AtomicInteger();
    private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();

    ConcurrencyLimiter(int max, int maxQueued) {
        this.max = max;
        this.maxQueued = maxQueued;
        this.permits = new AtomicInteger(max);
    }

    /** Runs {@code work} once a permit is free; the permit returns on completion, error or cancel. */
    <T> Mono<T> limit(Mono<T> work) {
        return Mono.usingWhen(acquire().thenReturn(Boolean.TRUE), permit -> work,
                permit -> Mono.fromRunnable(this::release));
    }

    int inFlight() {
        return max - permits.get();
    }

    int waiting() {
        return queued.get();
    }

    private Mono<Void> acquire() {
        return Mono.create(sink -> {
            if (tryAcquire()) {
                sink.success();
                return;
            }
            if (queued.incrementAndGet() > maxQueued) {
                queued.decrementAndGet();
                sink.error(new LlmCallException(LlmOutcome.Kind.OVERLOADED, "too many reviews waiting"));
                return;
            }
            Waiter w = new Waiter(sink);
            waiters.add(w);
            sink.onCancel(() -> {
                if (w.settle()) {
                    waiters.remove(w);
                    queued.decrementAndGet();
                }
            });
            drain();
        });
    }

    private void release() {
        permits.incrementAndGet();
        drain();
    }

    /** Hands free permits to waiters; re-checked after every enqueue so no wake-up is lost. */
    private void drain() {
        while (!waiters.isEmpty() && tryAcquire()) {
            Waiter w = waiters.poll();
            if (w != null && w.settle()) {
                queued.decrementAndGet();
                w.sink.success();
            } else {
                permits.incrementAndGet();
            }
        }
    }

    private boolean tryAcquire() {
        while (true) {
            int p = permits.get();
            if (p <= 0) {
                return false;
            }
            if (permits.compareAndSet(p, p - 1)) {
                return true;
            }
        }
    }

    /** A parked call; settled exactly once, either by a permit or by its cancellation. */
    private static final class Waiter {
        private final MonoSink<Void> sink;
        private final AtomicBoolean settled = new AtomicBoolean();

        Waiter(MonoSink<Void> sink) {
            this.sink = sink;
        }

        boolean settle() {
            return settled.compareAndSet(false, true);
        }
    }
}
