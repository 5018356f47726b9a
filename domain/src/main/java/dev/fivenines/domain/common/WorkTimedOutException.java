package dev.fivenines.domain.common;

import java.time.Duration;

/** The work ran longer than its time limit and was stopped; it left no result. */
public final class WorkTimedOutException extends RuntimeException {

    private final Duration limit;

    public WorkTimedOutException(Duration limit) {
        super("The work took longer than " + limit.toMillis() + " ms and was stopped.", null, false, false);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
