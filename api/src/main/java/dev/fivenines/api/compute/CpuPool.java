package dev.fivenines.api.compute;

import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.common.WorkRejectedException;
import dev.fivenines.domain.common.WorkTimedOutException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one pool where parsing, compiling, linting and checking run: a fixed number of threads (the
 * cores) taking work from one bounded queue, never the Netty event loop.
 *
 * <p>A plain {@link ThreadPoolExecutor} rather than Reactor's bounded-elastic scheduler: that one pins
 * each task to one worker's own queue when all are busy, so a cheap lint can wait behind a slow one
 * while another thread falls idle; here any free thread takes the next task from the shared queue.
 * A full queue rejects at once ({@link WorkRejectedException}), so a burst costs a 503, not memory.
 *
 * <p>The time limit starts when a thread picks the work up (time spent queued is not the input's
 * fault); work that waited as long as the limit for a thread is refused as if the queue were full.
 * Past the limit, or when the subscriber cancels (the client went away), the worker thread is
 * interrupted: Reactor's executor scheduler cancels the task's future with interruption, and the
 * compiler's budget checks stop on {@code isInterrupted()}.
 */
public final class CpuPool implements BoundedWork, AutoCloseable {

    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final ThreadPoolExecutor executor;
    private final Scheduler scheduler;
    private final Duration timeLimit;
    private final Duration retryAfter;

    /**
     * @param threads   worker threads; one per core keeps CPU work from starving the event loops
     * @param queue     tasks that may wait for a thread; more are rejected
     * @param timeLimit the longest one task may run
     */
    public CpuPool(int threads, int queue, Duration timeLimit) {
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), Thread.ofPlatform().name("fivenines-cpu-", 1).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
        this.scheduler = Schedulers.fromExecutorService(executor, "fivenines-cpu");
        this.timeLimit = timeLimit;
        this.retryAfter = Duration.ofSeconds(Math.max(1, (timeLimit.toMillis() + 999) / 1000));
    }

    @Override
    public <T> Mono<T> run(Supplier<T> work) {
        return Mono.defer(() -> {
            AtomicLong startedAt = new AtomicLong(NOT_STARTED);
            AtomicBoolean abandoned = new AtomicBoolean();
            return Mono.fromSupplier(() -> {
                        startedAt.set(System.nanoTime());
                        return quietlyIfAbandoned(work, abandoned);
                    })
                    .subscribeOn(scheduler)
                    // Above the timeout, so the flag is set before its cancel interrupts the worker.
                    .doOnCancel(() -> abandoned.set(true))
                    .timeout(deadline(startedAt))
                    .onErrorMap(TimeoutException.class, e -> startedAt.get() == NOT_STARTED
                            ? new WorkRejectedException(retryAfter) : new WorkTimedOutException(timeLimit))
                    .onErrorMap(RejectedExecutionException.class, e -> new WorkRejectedException(retryAfter));
        });
    }

    /**
     * Fires {@code timeLimit} after the work started, or after {@code timeLimit} in the queue when it
     * never started: threads stuck in work that ignores interrupts must not make the queue a trap.
     */
    private Mono<Long> deadline(AtomicLong startedAt) {
        return Mono.delay(timeLimit).flatMap(tick -> {
            long started = startedAt.get();
            if (started == NOT_STARTED) {
                return Mono.just(tick);
            }
            long left = started + timeLimit.toNanos() - System.nanoTime();
            return left <= 0 ? Mono.just(tick) : Mono.delay(Duration.ofNanos(left));
        });
    }

    /**
     * Work that was interrupted because nobody waits for it any more may fail in any way; that
     * failure has no one to go to and is not worth an error log, so it ends quietly.
     */
    private static <T> T quietlyIfAbandoned(Supplier<T> work, AtomicBoolean abandoned) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            if (abandoned.get()) {
                return null;
            }
            throw e;
        }
    }

    /** Tasks running now (for metrics and tests). */
    public int active() {
        return executor.getActiveCount();
    }

    /** Tasks waiting for a thread. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** The executor itself, for metrics binding only. */
    public ThreadPoolExecutor executor() {
        return executor;
    }

    /** Interrupts whatever still runs; new work is rejected. */
    @Override
    public void close() {
        scheduler.dispose();
    }
}
