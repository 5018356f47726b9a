package dev.fivenines.api.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fivenines.domain.common.WorkRejectedException;
import dev.fivenines.domain.common.WorkTimedOutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

/**
 * The CPU pool's promises: work runs on its threads, a full queue is refused at once, work past the
 * time limit is interrupted and reported, and a subscriber that leaves interrupts its work. The
 * "work" here spins until interrupted, as the compiler's budget checks do.
 */
class CpuPoolTest {

    private final CpuPool pool = new CpuPool(1, 1, Duration.ofMillis(300));

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void runWhenCalledThenTheWorkRunsOnAPoolThread() {
        StepVerifier.create(pool.run(() -> Thread.currentThread().getName()))
                .expectNextMatches(name -> name.startsWith("fivenines-cpu-"))
                .verifyComplete();
    }

    @Test
    void runWhenTheWorkOutlivesTheLimitThenTimedOutAndTheThreadIsInterrupted() {
        CountDownLatch interrupted = new CountDownLatch(1);

        StepVerifier.create(pool.run(() -> spinUntilInterrupted(interrupted)))
                .expectError(WorkTimedOutException.class)
                .verify(Duration.ofSeconds(5));

        assertThat(arrived(interrupted)).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> pool.active() == 0);
    }

    @Test
    void runWhenTheSubscriberCancelsThenTheWorkIsInterrupted() {
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Disposable client = pool.run(() -> {
            running.countDown();
            return spinUntilInterrupted(interrupted);
        }).subscribe();
        assertThat(arrived(running)).isTrue();

        client.dispose();

        assertThat(arrived(interrupted)).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> pool.active() == 0);
    }

    @Test
    void runWhenEveryThreadIsBusyAndTheQueueFullThenRejectedAtOnce() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try (CpuPool slow = new CpuPool(1, 1, Duration.ofSeconds(30))) {
            slow.run(() -> {
                running.countDown();
                return arrived(release);
            }).subscribe();
            assertThat(arrived(running)).isTrue();
            slow.run(() -> "queued").subscribe();

            AtomicReference<Throwable> refused = new AtomicReference<>();
            StepVerifier.create(slow.run(() -> "one too many"))
                    .consumeErrorWith(refused::set)
                    .verify(Duration.ofSeconds(1));

            assertThat(refused.get()).isInstanceOf(WorkRejectedException.class);
            assertThat(((WorkRejectedException) refused.get()).retryAfter()).isEqualTo(Duration.ofSeconds(30));
        } finally {
            release.countDown();
        }
    }

    @Test
    void runWhenTheWorkWaitedInTheQueueThenItsTimeLimitStartsWhenItRuns() {
        CountDownLatch release = new CountDownLatch(1);
        pool.run(() -> arrived(release)).subscribe();
        // queued behind the first for 250 ms of its 300 ms limit, then runs for 200 ms: within its limit
        StepVerifier.create(pool.run(() -> sleep(200)))
                .then(() -> {
                    sleep(250);
                    release.countDown();
                })
                .expectNext("slept")
                .verifyComplete();
    }

    @Test
    void runWhenEveryThreadIsStuckInWorkThatIgnoresInterruptsThenQueuedWorkIsRefusedAfterTheLimit() {
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.run(() -> ignoringInterrupts(release)).subscribe();

            StepVerifier.create(pool.run(() -> "waits behind it"))
                    .expectError(WorkRejectedException.class)
                    .verify(Duration.ofSeconds(3));
        } finally {
            release.countDown();
        }
    }

    /** Like a backtracking regex: deaf to interrupts until released. */
    private static String ignoringInterrupts(CountDownLatch release) {
        while (release.getCount() > 0) {
            Thread.onSpinWait();
        }
        return "released";
    }

    private static String spinUntilInterrupted(CountDownLatch interrupted) {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        interrupted.countDown();
        throw new IllegalStateException("stopped");
    }

    private static boolean arrived(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "slept";
    }
}
