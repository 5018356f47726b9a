package dev.fivenines.feedback.d2.compile;

/**
 * What one compile may make and do: fields, edges and merged references; maps inside maps; glob
 * matching steps. A few lines can ask for an exponential number of fields ({@code **.a.b} next to
 * {@code **.c.d}: each glob applies to what the other creates) or a quadratic number of edges
 * ({@code * -> *}); without caps such an input exhausts the heap or runs for minutes, and the
 * diagnostics endpoint is public. Shared by every map of one compile (each map takes its owner's),
 * so imports and boards count too.
 */
final class IrBudget {

    /** Far above any diagram the source-size limit admits by hand (a 64 KiB file holds ~10,000 lines). */
    static final int MAX_ELEMENTS = 200_000;
    /**
     * Glob matching steps (a field a glob pattern is tried on, a pair of ends an edge glob is tried
     * on). Globs are re-applied after every new field, so this grows with the square of the
     * diagram: {@code **.style.fill: red} above about 2,800 objects passes the cap. The busiest
     * file of the conformance corpus takes 24,230.
     */
    static final long MAX_GLOB_STEPS = 5_000_000;

    /**
     * Maps inside maps, counted from the file root through imports, boards and edges: the parser
     * allows 100 in the source, and a compile recurses once per level. A var spread inside a glob
     * that copies the var can nest without end.
     */
    static final int MAX_NESTING = 300;

    private final int limit;
    private int used;
    private long globSteps;

    IrBudget(int limit) {
        this.limit = limit;
    }

    /** Counts one new field, edge or merged reference; throws {@link Exceeded} past the limit. */
    void spend() {
        if (++used > limit) {
            throw new Exceeded("the diagram grows past " + limit + " keys, connections and references while it"
                    + " compiles (globs that apply to what other globs create, or many boards copying many objects)");
        }
    }

    /** Checks the nesting of a new map ({@link #MAX_NESTING}). */
    void nest(int nesting) {
        if (nesting > MAX_NESTING) {
            throw new Exceeded("the diagram nests more than " + MAX_NESTING + " maps deep while it compiles"
                    + " (imports, or var spreads that copy maps into themselves)");
        }
    }

    /** Counts glob matching steps; throws {@link Exceeded} past {@link #MAX_GLOB_STEPS}. */
    void globSteps(long steps) {
        globSteps += steps;
        if (globSteps > MAX_GLOB_STEPS) {
            throw new Exceeded("the diagram needs more than " + MAX_GLOB_STEPS + " glob matching steps to compile"
                    + " (globs re-applied after each of many objects, or applied to what other globs create)");
        }
    }

    /** Ends the compile: it becomes one diagnostic (no stack trace: it is an answer, not a bug). */
    static final class Exceeded extends RuntimeException {
        Exceeded(String what) {
            super(what + "; compiling stopped", null, false, false);
        }
    }
}
