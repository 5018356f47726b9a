package dev.fivenines.domain.feedback;

/**
 * COMPLETE: everything that will run has run; PARTIAL: structural checks done, LLM pending or
 * failed; INVALID: the D2 source did not parse or compile, so no criterion was judged.
 */
public enum FeedbackStatus {
    COMPLETE, PARTIAL, INVALID
}
