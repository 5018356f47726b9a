package dev.fivenines.domain.feedback;

/**
 * The verdict on one criterion. UNCLEAR is preferred over a false MISSING when the checks cannot
 * decide: wrongly telling a learner something is missing does more harm than saying nothing.
 */
public enum Verdict {
    PASS, MISSING, BROKEN, UNCLEAR
}
