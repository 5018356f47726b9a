package dev.fivenines.feedback.d2.parser;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a fuzz check on a worker thread with the limits a server request has (issue 20): a time
 * limit, enforced the way the server's pool does it (interrupt with {@code Future.cancel(true)},
 * which the compiler honours), and a limit on the bytes the check allocates on its thread
 * ({@code com.sun.management.ThreadMXBean}). A breach is an {@link AssertionError}. A check that
 * ignores the interrupt is left running on its daemon thread and the next input gets a new one.
 *
 * <p>The time limit is the worker's CPU time: fuzz runs share a busy machine at a low priority,
 * where a first run on wall-clock time reported 77-char inputs as taking seconds because the
 * thread was not scheduled. A wall-clock backstop still catches a check that blocks.
 */
final class BoundedCheck implements AutoCloseable {

    /** How long a cancelled check gets to notice its interrupt before it is reported as deaf to it. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    /** A check blocked (not computing) this long is stuck whatever its CPU time says. */
    private static final Duration WALL_BACKSTOP = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 50;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Consumer<String> check;
    private final Duration timeLimit;
    private final long allocationLimit;
    private ExecutorService worker = newWorker();

    BoundedCheck(Consumer<String> check, Duration timeLimit, long allocationLimit) {
        this.check = check;
        this.timeLimit = timeLimit;
        this.allocationLimit = allocationLimit;
    }

    /** Checks {@code text}; rethrows what the check threw, or an AssertionError for a limit passed. */
    void accept(String text) throws Throwable {
        CountDownLatch ended = new CountDownLatch(1);
        AtomicLong workerId = new AtomicLong(-1);
        AtomicLong cpuBefore = new AtomicLong();
        Future<Long> run = worker.submit(() -> {
            try {
                cpuBefore.set(THREADS.getCurrentThreadCpuTime());
                workerId.set(Thread.currentThread().threadId());
                long before = THREADS.getCurrentThreadAllocatedBytes();
                check.accept(text);
                return THREADS.getCurrentThreadAllocatedBytes() - before;
            } finally {
                ended.countDown();
            }
        });
        long allocated = result(run, ended, workerId, cpuBefore, text);
        if (allocated > allocationLimit) {
            throw new AssertionError("allocated " + allocated + " bytes (limit " + allocationLimit + ") for "
                    + text.length() + " chars");
        }
    }

    private long result(Future<Long> run, CountDownLatch ended, AtomicLong workerId, AtomicLong cpuBefore, String text)
            throws Throwable {
        long backstop = System.nanoTime() + WALL_BACKSTOP.toNanos();
        while (true) {
            try {
                return run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause();
            } catch (TimeoutException e) {
                long id = workerId.get();
                long cpu = id < 0 ? 0 : THREADS.getThreadCpuTime(id) - cpuBefore.get();
                if (cpu > timeLimit.toNanos() || System.nanoTime() > backstop) {
                    throw new AssertionError("took over " + timeLimit.toMillis() + " ms of CPU for " + text.length()
                            + " chars; " + cancel(run, ended));
                }
            }
        }
    }

    private String cancel(Future<Long> run, CountDownLatch ended) throws InterruptedException {
        run.cancel(true);
        if (ended.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            return "it stopped when interrupted";
        }
        worker.shutdownNow();
        worker = newWorker();
        return "it did not stop within " + STOP_GRACE.toMillis() + " ms of its interrupt (left running)";
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-check");
            thread.setDaemon(true); // a check deaf to interrupts must not keep the JVM alive
            return thread;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
