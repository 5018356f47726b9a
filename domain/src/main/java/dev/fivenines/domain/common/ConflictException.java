package dev.fivenines.domain.common;

/** The request contradicts the current state, e.g. an idempotency key reused for another request. */
public final class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message, null, false, false);
    }
}
