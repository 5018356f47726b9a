package dev.fivenines.content.practice;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling: every wait in the harness has a limit, and says what it waited for when it runs out. */
final class Waits {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private Waits() {
    }

    static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after " + limit.toMillis() + " ms waiting for " + what);
            }
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
