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
    /**
     * Glob matching steps (a field a glob pattern is tried on, a pair of ends an edge glob is tried
     * on). Globs are re-applied after every new field, so this grows with the square of the
     * diagram: {@code **.style.fill: red} above 3,000 objects takes about 4.5 million. The busiest
     * file of the conformance corpus takes 24,230.
     */
    static final long MAX_GLOB_STEPS = 5_000_000;

    private final int limit;
    private int used;
    private long globSteps;

    IrBudget(int limit) {
        this.limit = limit;
    }

    /** Counts one new field or edge; throws {@link Exceeded} past the limit. */
    void spend() {
        if (++used > limit) {
            throw new Exceeded("the diagram grows past " + limit + " keys and connections while it compiles");
        }
    }

    /** Counts glob matching steps; throws {@link Exceeded} past {@link #MAX_GLOB_STEPS}. */
    void globSteps(int steps) {
        globSteps += steps;
        if (globSteps > MAX_GLOB_STEPS) {
            throw new Exceeded("the diagram needs more than " + MAX_GLOB_STEPS + " glob matching steps to compile");
        }
    }

    /** Ends the compile: it becomes one diagnostic (no stack trace: it is an answer, not a bug). */
    static final class Exceeded extends RuntimeException {
        Exceeded(String what) {
            super(what + " (globs that apply to what other globs create, or many boards copying many objects);"
                    + " compiling stopped", null, false, false);
        }
    }
}
