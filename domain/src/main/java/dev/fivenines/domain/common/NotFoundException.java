package dev.fivenines.domain.common;

/**
 * Something the caller asked for does not exist, or is not theirs to see (the two are told apart
 * by no one: hiding existence is the point).
 */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
