package dev.fivenines.domain.feedback;

/**
 * The verdict on one criterion. UNCLEAR is preferred over a false MISSING when the checks cannot
 * decide: wrongly telling a learner something is missing does more harm than saying nothing.
 */
public enum Verdict {
    PASS, MISSING, BROKEN, UNCLEAR;

    /** Report order within a severity: what breaks, then what is missing, then questions, then passes. */
    public int reportOrder() {
        return switch (this) {
            case BROKEN -> 0;
            case MISSING -> 1;
            case UNCLEAR -> 2;
            case PASS -> 3;
        };
    }
}
