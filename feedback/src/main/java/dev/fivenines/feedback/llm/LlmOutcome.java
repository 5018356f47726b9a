package dev.fivenines.feedback.llm;

/** What became of one LLM review; never an exception, so the caller keeps its structural feedback. */
public sealed interface LlmOutcome {

    /** The model answered with a valid, grounded review. */
    record Done(LlmReview review, Usage usage) implements LlmOutcome {
    }

    /** The call or its answer failed; {@code reason} can be shown to the learner. */
    record Failed(Kind kind, String reason) implements LlmOutcome {
    }

    /** The review was not attempted (budget spent, not configured). */
    record Skipped(String reason) implements LlmOutcome {
    }

    enum Kind { TIMEOUT, SERVER_ERROR, RATE_LIMITED, CONNECTION, REJECTED, MALFORMED, SCHEMA_VIOLATION, CIRCUIT_OPEN, OVERLOADED }

    /** Token counts from the response's {@code usage}; zero when the server omits it. */
    record Usage(long promptTokens, long completionTokens) {
        public static final Usage NONE = new Usage(0, 0);
    }
}
