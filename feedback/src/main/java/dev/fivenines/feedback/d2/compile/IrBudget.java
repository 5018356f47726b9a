package dev.fivenines.feedback.d2.compile;

/**
 * What one compile may make and do: fields, edges and merged references; maps inside maps; glob
 * matching steps; characters of substituted text; and time, through the thread's interrupt flag.
 * A few lines can ask for an exponential number of fields ({@code **.a.b} next to
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
     * on, a character a glob compares: the real work, so a cap answers before it runs away). Globs
     * are re-applied after every new field, so this grows with the square of the diagram:
     * {@code **.style.fill: red} above about 2,800 objects passes the cap. The busiest file of the
     * conformance corpus took 24,230 before characters were counted too.
     */
    static final long MAX_GLOB_STEPS = 5_000_000;

    /**
     * Characters that variable substitutions may write in one compile: 16 times the largest source
     * accepted (64 KiB). Each {@code a(n): ${a(n-1)}${a(n-1)}} line doubles the text, so 578 bytes
     * asked for a 1.6-billion-character label; this stops it at a few MB.
     */
    static final long MAX_SUBSTITUTED_CHARS = 1L << 20;

    /** Budget calls between two looks at the interrupt flag: cheap, and often enough for a time limit. */
    private static final int TICKS_PER_INTERRUPT_CHECK = 1_024;

    /**
     * Maps inside maps, counted from the file root through imports, boards and edges: the parser
     * allows 100 in the source, and a compile recurses once per level. A var spread inside a glob
     * that copies the var can nest without end.
     */
    static final int MAX_NESTING = 300;

    private final int limit;
    private int used;
    private long globSteps;
    private long substitutedChars;
    private int ticks;

    IrBudget(int limit) {
        this.limit = limit;
    }

    /** Counts one new field, edge or merged reference; throws {@link Exceeded} past the limit. */
    void spend() {
        tick();
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
        tick();
        globSteps += steps;
        if (globSteps > MAX_GLOB_STEPS) {
            throw new Exceeded("the diagram needs more than " + MAX_GLOB_STEPS + " glob matching steps to compile"
                    + " (globs re-applied after each of many objects, or applied to what other globs create)");
        }
    }

    /**
     * Counts {@code chars} characters a substitution is about to write, before they are written;
     * throws {@link Exceeded} past {@link #MAX_SUBSTITUTED_CHARS}.
     */
    void substitute(long chars) {
        tick();
        substitutedChars += chars;
        if (substitutedChars > MAX_SUBSTITUTED_CHARS) {
            throw new Exceeded("variable substitutions write more than " + MAX_SUBSTITUTED_CHARS + " characters"
                    + " while the diagram compiles (vars made of other vars, doubling at each step)");
        }
    }

    /**
     * The time limit: whoever runs the compile with a deadline interrupts its thread (e.g.
     * {@code Future.cancel(true)}), and the next look at the flag ends the compile. The flag is left
     * set, so the caller still sees the interrupt.
     */
    private void tick() {
        if (++ticks % TICKS_PER_INTERRUPT_CHECK == 0 && Thread.currentThread().isInterrupted()) {
            throw new Exceeded("the compile ran out of time (its thread was interrupted)");
        }
    }

    /** Ends the compile: it becomes one diagnostic (no stack trace: it is an answer, not a bug). */
    static final class Exceeded extends RuntimeException {
        Exceeded(String what) {
            super(what + "; compiling stopped", null, false, false);
        }
    }
}
