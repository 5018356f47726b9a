package dev.fivenines.feedback.d2.compile;

/**
 * How many fields and edges one compile may make. A few lines can ask for an exponential number
 * of them ({@code **.a.b} next to {@code **.c.d}: each glob applies to what the other creates) or
 * a quadratic one (steps that each copy many objects); without a cap such an input exhausts the
 * heap or runs for minutes, and the diagnostics endpoint is public. Shared by every map of one
 * compile (each map takes its owner's), so imports and boards count too.
 */
final class IrBudget {

    /** Far above any diagram the source-size limit admits by hand (a 64 KiB file holds ~10,000 lines). */
    static final int MAX_ELEMENTS = 200_000;

    private final int limit;
    private int used;

    IrBudget(int limit) {
        this.limit = limit;
    }

    /** Counts one new field or edge; throws {@link Exceeded} past the limit. */
    void spend() {
        if (++used > limit) {
            throw new Exceeded(limit);
        }
    }

    /** Ends the compile: it becomes one diagnostic (no stack trace: it is an answer, not a bug). */
    static final class Exceeded extends RuntimeException {
        Exceeded(int limit) {
            super("the diagram grows past " + limit + " keys and connections while it compiles (globs that"
                    + " apply to what other globs create, or many boards copying many objects); compiling stopped",
                    null, false, false);
        }
    }
}
