package dev.fivenines.domain.tutorial;

/** Who decides a criterion: the structural checks, the LLM review, or both. */
public enum CheckedBy {
    STRUCTURAL, LLM, BOTH;

    /** True when the deterministic checks give a verdict for it. */
    public boolean structural() {
        return this != LLM;
    }
}
