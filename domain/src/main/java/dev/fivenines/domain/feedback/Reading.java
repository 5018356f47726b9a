package dev.fivenines.domain.feedback;

import java.util.List;

/**
 * How the review read the diagram: for each rubric role, the elements it took for it, how sure it
 * is and why. A learner who disagrees settles a role with a D2 class named after it
 * ({@code u3.class: executor}).
 */
public record Reading(List<RoleReading> roles) {

    public static final Reading EMPTY = new Reading(List.of());

    public Reading {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /**
     * One role as read.
     *
     * @param role       the role's name (stable: it is also the D2 class that settles the role)
     * @param title      what the learner reads for it ("the command executor")
     * @param elements   the diagram elements taken for it; empty when none was found
     * @param confidence 0 when not found; 1.0 by class, 0.9 by name, 0.6 by abbreviation or
     *                   position, 0.5 by elimination
     * @param why        how it was decided ("its name “Command executor”"), or what was missing
     */
    public record RoleReading(String role, String title, List<ReadElement> elements, double confidence, String why) {
        public RoleReading {
            elements = List.copyOf(elements);
        }
    }

    /** A diagram element by id (as D2 prints it) and label. */
    public record ReadElement(String id, String label) {
    }
}
