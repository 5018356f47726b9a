package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The fuzz runs' limits must be able to fail: each breach is reported, and a quiet check passes. */
class BoundedCheckTest {

    private static final Duration LIMIT = Duration.ofMillis(200);

    @Test
    void acceptWhenTheCheckRunsPastTheLimitThenFailsAndInterruptsIt() {
        try (BoundedCheck bounded = new BoundedCheck(text -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait(); // CPU time: the limit counts it, not waiting
            }
        }, LIMIT, Long.MAX_VALUE)) {
            assertThatThrownBy(() -> bounded.accept("slow")).isInstanceOf(AssertionError.class)
                    .hasMessage("took over 200 ms of CPU for 4 chars; it stopped when interrupted");
        }
    }

    @Test
    void acceptWhenTheCheckIgnoresItsInterruptThenSaysSoAndTheNextInputGetsAFreshThread() throws Throwable {
        AtomicBoolean released = new AtomicBoolean();
        try (BoundedCheck bounded = new BoundedCheck(text -> {
            while (text.equals("deaf") && !released.get()) {
                Thread.onSpinWait();
            }
        }, LIMIT, Long.MAX_VALUE)) {
            assertThatThrownBy(() -> bounded.accept("deaf")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("did not stop within 2000 ms of its interrupt");
            released.set(true);
            bounded.accept("quick");
        }
    }

    @Test
    void acceptWhenTheCheckWaitsWithoutComputingThenTheCpuLimitDoesNotCount() throws Throwable {
        try (BoundedCheck bounded = new BoundedCheck(text -> LockSupport.parkNanos(600_000_000L), LIMIT,
                Long.MAX_VALUE)) {
            bounded.accept("descheduled"); // like a thread a busy machine does not run for a while
        }
    }

    @Test
    void acceptWhenTheCheckAllocatesPastTheLimitThenFails() {
        try (BoundedCheck bounded = new BoundedCheck(text -> {
            List<byte[]> kept = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                kept.add(new byte[1 << 20]);
            }
        }, Duration.ofSeconds(30), 10L << 20)) {
            assertThatThrownBy(() -> bounded.accept("greedy")).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("allocated ").hasMessageEndingWith("(limit 10485760) for 6 chars");
        }
    }

    @Test
    void acceptWhenTheCheckThrowsThenRethrowsWhatItThrew() {
        try (BoundedCheck bounded = new BoundedCheck(text -> {
            throw new StackOverflowError("deep");
        }, Duration.ofSeconds(30), Long.MAX_VALUE)) {
            assertThatThrownBy(() -> bounded.accept("x")).isInstanceOf(StackOverflowError.class).hasMessage("deep");
        }
    }

    @Test
    void acceptWhenTheCheckIsQuickAndSmallThenPasses() {
        try (BoundedCheck bounded = new BoundedCheck(ParseInvariants::parseAndCheck, Duration.ofSeconds(30), 64L << 20)) {
            assertThatCode(() -> bounded.accept("a -> b: {style.fill: red}")).doesNotThrowAnyException();
        }
    }
}
