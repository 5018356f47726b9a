package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * An edge whose end is a container with exactly one child: usually the child was meant
 * ({@code client -> server} where the process is {@code server.redis}).
 */
final class ContainerEdgeLint {

    static final String CODE = "d2.lint.edge_to_container";

    private ContainerEdgeLint() {
    }

    static List<Diagnostic> check(Board board) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> specialShapes = new HashSet<>();
        Map<String, String> firstChild = new HashMap<>();
        Set<String> severalChildren = new HashSet<>();
        for (Shape shape : board.shapes()) {
            if (shape.parent() != null && firstChild.putIfAbsent(shape.parent(), shape.id()) != null) {
                severalChildren.add(shape.parent());
            }
            if ("sequence_diagram".equals(shape.shape()) || shape.sequenceDiagram() != null) {
                specialShapes.add(shape.id());
            }
        }
        for (Connection connection : board.connections()) {
            checkEnd(connection.src(), connection, firstChild, severalChildren, specialShapes, out);
            checkEnd(connection.dst(), connection, firstChild, severalChildren, specialShapes, out);
        }
        for (Board child : board.boards()) {
            out.addAll(check(child));
        }
        return out;
    }

    /** Warns when {@code end} is a container with one child (sequence diagrams and their parts aside). */
    private static void checkEnd(String end, Connection connection, Map<String, String> firstChild,
                                 Set<String> severalChildren, Set<String> specialShapes, List<Diagnostic> out) {
        String child = firstChild.get(end);
        if (child != null && !severalChildren.contains(end) && !specialShapes.contains(end)
                && !connection.references().isEmpty()) {
            var ref = connection.references().getFirst();
            out.add(Diagnostic.warning(CODE, "this connection ends at the container \"" + end
                    + "\"; did you mean its only child \"" + child + "\"?", ref.source(), ref.span()));
        }
    }
}
