package dev.fivenines.feedback.check;

import java.util.List;

/**
 * A pattern's prefilter ({@link RequiredLiteral#allOf}) held as plain arrays: it is asked for
 * every pattern of every role about every name of every review, so it allocates nothing (no
 * iterator per literal list) and looks nothing up.
 */
final class LiteralGuard {

    /** Per set, its literals: every match of the pattern contains one literal of each set. */
    private final String[][] needs;

    LiteralGuard(List<List<String>> needs) {
        this.needs = new String[needs.size()][];
        for (int i = 0; i < needs.size(); i++) {
            this.needs[i] = needs.get(i).toArray(String[]::new);
        }
        // the answer does not depend on the order of the sets; a set of long literals ("expires")
        // is rarer in a text than one of a character ("+"), so asking it first rules a text out sooner
        java.util.Arrays.sort(this.needs, java.util.Comparator.comparingInt(LiteralGuard::shortest).reversed());
    }

    private static int shortest(String[] anyOf) {
        int shortest = Integer.MAX_VALUE;
        for (String literal : anyOf) {
            shortest = Math.min(shortest, literal.length());
        }
        return shortest;
    }

    /** True when neither text holds the literals the pattern needs: no search can match. */
    boolean cannotMatch(String normalised, String lower) {
        return !holdsAll(normalised) && !holdsAll(lower);
    }

    /** True when the text holds one literal of each set. */
    private boolean holdsAll(String text) {
        for (String[] anyOf : needs) {
            if (!holdsOne(anyOf, text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsOne(String[] anyOf, String text) {
        for (String literal : anyOf) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }
}
