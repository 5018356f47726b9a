package dev.fivenines.domain.common;

import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Outbound port: runs CPU-bound work (parsing, compiling, checking a learner's input) away from the
 * threads that serve requests, on a bounded pool and under a time limit, so no input can hold up
 * anyone else's request.
 *
 * <p>The returned {@code Mono} runs the work when subscribed. It fails with {@link WorkRejectedException}
 * when the pool's queue is full, and with {@link WorkTimedOutException} when the work ran longer than
 * the limit; cancelling the subscription (a client that went away) interrupts the work.
 */
public interface BoundedWork {

    <T> Mono<T> run(Supplier<T> work);

    /** Runs the work on the subscribing thread, unbounded: for tests and the command line only. */
    static BoundedWork inline() {
        return new BoundedWork() {
            @Override
            public <T> Mono<T> run(Supplier<T> work) {
                return Mono.fromSupplier(work);
            }
        };
    }
}
