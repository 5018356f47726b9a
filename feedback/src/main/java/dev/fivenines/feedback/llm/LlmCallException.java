package dev.fivenines.feedback.llm;

import java.time.Duration;

/**
 * A failed call inside the reviewer's pipeline; it never leaves {@link LlmDiagramReviewer}. The
 * message holds the status and kind only, never the request (which holds the learner's source)
 * or the key. No stack trace: these are expected, frequent, and cheap to create under load.
 */
final class LlmCallException extends RuntimeException {

    private final LlmOutcome.Kind kind;
    private final Duration retryAfter;
    private final String body;

    LlmCallException(LlmOutcome.Kind kind, String message, Duration retryAfter, String body) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.body = body == null ? "" : body;
    }

    LlmCallException(LlmOutcome.Kind kind, String message) {
        this(kind, message, null, "");
    }

    LlmOutcome.Kind kind() {
        return kind;
    }

    /** The server's {@code Retry-After}, or null. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** The error body, to recognise a server that rejects {@code response_format}. */
    String body() {
        return body;
    }

    /** Worth another attempt: overload and transport trouble, not a bad request or a timeout. */
    boolean retryable() {
        return kind == LlmOutcome.Kind.SERVER_ERROR || kind == LlmOutcome.Kind.RATE_LIMITED
                || kind == LlmOutcome.Kind.CONNECTION;
    }
}
