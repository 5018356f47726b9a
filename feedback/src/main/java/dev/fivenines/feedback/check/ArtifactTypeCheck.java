package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.List;
import java.util.Set;

/**
 * Whether the diagram is the kind of artifact the tutorial asks for. A sequence-diagram tutorial
 * answered with a plain graph is told so; kinds that D2 does not mark explicitly (flowcharts,
 * data models) are only UNCLEAR when their usual shapes are absent, never BROKEN.
 */
final class ArtifactTypeCheck {

    static final String ID = "artifact-type";
    static final String TITLE = "The diagram is the requested kind of artifact";
    static final String WHY = "Each kind of diagram shows one thing well: order in a sequence diagram, states and transitions in a state machine, decisions in a flowchart, structure in a data model.";

    private static final Set<String> DATA_SHAPES = Set.of("sql_table", "class");

    private ArtifactTypeCheck() {
    }

    static Outcome check(ArtifactType wanted, DiagramView view) {
        boolean sequence = view.isSequenceDiagram();
        String kind = wanted.displayName();
        return switch (wanted) {
            case SEQUENCE_DIAGRAM -> sequence ? pass(view) : Outcome.broken(List.of(),
                    "This tutorial asks for a sequence diagram, but yours is drawn as a plain graph, so its messages have no order.",
                    "Add shape: sequence_diagram at the top of the file.");
            case STATE_MACHINE, ARCHITECTURE_DIAGRAM -> sequence ? notSequence(kind) : pass(view);
            case FLOWCHART -> sequence ? notSequence(kind) : has(view, "diamond") ? pass(view)
                    : Outcome.unclear(List.of(), "I could not find a decision in your flowchart.",
                            "Draw each decision as a shape: diamond with labelled outgoing arrows.");
            case DATA_MODEL -> sequence ? notSequence(kind) : hasData(view) ? pass(view)
                    : Outcome.unclear(List.of(), "I could not find a table, class or container holding fields.",
                            "Draw each structure as a sql_table, a class or a container with its fields inside.");
        };
    }

    private static Outcome pass(DiagramView view) {
        return Outcome.holds(List.of());
    }

    private static Outcome notSequence(String kind) {
        return Outcome.broken(List.of(), "This tutorial asks for a " + kind + ", but yours is a sequence diagram.",
                "Remove shape: sequence_diagram and draw the " + kind + " with shapes and arrows.");
    }

    private static boolean has(DiagramView view, String shapeKeyword) {
        for (Shape s : view.shapes()) {
            if (shapeKeyword.equals(s.shape())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasData(DiagramView view) {
        for (Shape s : view.shapes()) {
            if (DATA_SHAPES.contains(s.shape()) || s.parent() != null) {
                return true;
            }
        }
        return false;
    }
}
