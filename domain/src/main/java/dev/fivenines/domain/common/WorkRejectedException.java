package dev.fivenines.domain.common;

import java.time.Duration;

/** The work pool is full: nothing was done, and the caller may try again after {@code retryAfter}. */
public final class WorkRejectedException extends RuntimeException {

    private final Duration retryAfter;

    public WorkRejectedException(Duration retryAfter) {
        super("The server is busy checking other diagrams; try again in " + retryAfter.toSeconds() + " s.",
                null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
