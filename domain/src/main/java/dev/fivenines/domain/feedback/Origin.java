package dev.fivenines.domain.feedback;

/** Where a finding came from. */
public enum Origin {
    STRUCTURAL, LLM, BOTH
}
