package dev.fivenines.domain.tutorial;

import java.util.List;

/**
 * A structural check over a compiled diagram, as written under {@code check:} in
 * {@code rubric.yaml}. Role names refer to {@link Rubric#roles()}; label lists hold words or
 * patterns of which any one must match (an empty list accepts any label).
 */
public sealed interface Spec {

    /** Every part holds. */
    record All(List<Spec> specs) implements Spec {
        public All {
            specs = List.copyOf(specs);
        }
    }

    /** At least one part holds. */
    record Any(List<Spec> specs) implements Spec {
        public Any {
            specs = List.copyOf(specs);
        }
    }

    /** Logical negation. */
    record Not(Spec spec) implements Spec {
    }

    /** Negative requirement: the inner spec must NOT hold; when it does, the diagram is broken. */
    record Absent(Spec spec) implements Spec {
    }

    /** Some element plays the role. */
    record RoleExists(String role) implements Spec {
    }

    /**
     * A connection from an element playing {@code from} to one playing {@code to}; an empty
     * endpoint role accepts any element (e.g. "some reply reaches the client").
     *
     * @param contradicts words that make a label say something else: a message between the right
     *                    elements whose label matches one is BROKEN, whatever else it says
     *                    ("OK (key deleted)" is not an integer reply)
     */
    record Edge(String from, String to, List<String> label, List<String> contradicts) implements Spec {
        public Edge {
            label = List.copyOf(label);
            contradicts = List.copyOf(contradicts);
        }

        public Edge(String from, String to, List<String> label) {
            this(from, to, label, List.of());
        }
    }

    /**
     * {@code to} reachable from {@code from} along connections. With {@code via}, some connection
     * or element on the way (its ends included) must say one of those words: in a flowchart the
     * meaning may sit in a step ("Propagate DEL") or on an arrow. With {@code avoids}, the spec
     * holds when every way from {@code from} to {@code to} passes an element playing that role
     * ("no way from the replica branch to the deletion that avoids the master's DEL"). With
     * {@code fromEvery}, every element playing {@code from} must reach {@code to}, not just one
     * ("every key access, reads and writes alike, reaches the deadline check"), along ways that
     * never pass an element playing {@code without} (a way back through the client is a later
     * command, not this one).
     */
    record Path(String from, String to, String avoids, List<String> via, boolean fromEvery, String without) implements Spec {
        public Path {
            avoids = avoids == null ? "" : avoids;
            via = via == null ? List.of() : List.copyOf(via);
            without = without == null ? "" : without;
        }

        public Path(String from, String to, String avoids, List<String> via) {
            this(from, to, avoids, via, false, "");
        }

        public Path(String from, String to) {
            this(from, to, "", List.of());
        }

        public Path(String from, String to, String avoids) {
            this(from, to, avoids, List.of());
        }
    }

    /** Sequence diagrams: these messages occur in this order. */
    record Order(List<Edge> steps) implements Spec {
        public Order {
            steps = List.copyOf(steps);
        }
    }

    /** State machines: a transition between states playing the roles. */
    record Transition(String from, String to, List<String> label, List<String> contradicts) implements Spec {
        public Transition {
            label = List.copyOf(label);
            contradicts = List.copyOf(contradicts);
        }

        public Transition(String from, String to, List<String> label) {
            this(from, to, label, List.of());
        }
    }

    /** State machines: {@code to} reachable from {@code from}; {@code avoids} and {@code via} as in {@link Path}. */
    record Reachable(String from, String to, String avoids, List<String> via) implements Spec {
        public Reachable {
            avoids = avoids == null ? "" : avoids;
            via = via == null ? List.of() : List.copyOf(via);
        }

        public Reachable(String from, String to) {
            this(from, to, "", List.of());
        }

        public Reachable(String from, String to, String avoids) {
            this(from, to, avoids, List.of());
        }
    }

    /** Flowcharts: a node playing {@code role} with an outgoing edge labelled like each branch. */
    record Decision(String role, List<List<String>> branches) implements Spec {
        public Decision {
            branches = branches.stream().map(List::copyOf).toList();
        }
    }

    /** Data models: a table, class or container playing {@code role} with a field per group. */
    record Entity(String role, List<List<String>> fields) implements Spec {
        public Entity {
            fields = fields.stream().map(List::copyOf).toList();
        }
    }

    /** An element playing {@code child} nested inside one playing {@code parent}. */
    record Contains(String parent, String child) implements Spec {
    }

    /**
     * The {@code side} branch of a decision playing {@code decision} leads to a step playing
     * {@code to}, or to a step whose own text says it does what {@code to} does. The side's branch is
     * the arrow labelled with a {@code side} word; failing that, the answer the question's wording
     * gives it: the no of a question that asks for an {@code other} word ("Master?"), the yes of one
     * that asks for a {@code side} word ("Am I a replica?"). The way on passes only steps that play no
     * role; a step or the arrow into it that names an {@code after} word is caused by what the other
     * side sends ("when the master's DEL arrives, delete it"), and neither counts nor leads on.
     */
    record Branch(String decision, List<String> side, List<String> other, String to, List<String> after) implements Spec {
        public Branch {
            side = List.copyOf(side);
            other = List.copyOf(other);
            after = after == null ? List.of() : List.copyOf(after);
        }
    }
}
