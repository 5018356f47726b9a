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
        Map<String, Integer> childCounts = new HashMap<>();
        Map<String, String> firstChild = new HashMap<>();
        for (Shape shape : board.shapes()) {
            if (shape.parent() != null) {
                childCounts.merge(shape.parent(), 1, Integer::sum);
                firstChild.putIfAbsent(shape.parent(), shape.id());
            }
            if ("sequence_diagram".equals(shape.shape()) || shape.sequenceDiagram() != null) {
                specialShapes.add(shape.id());
            }
        }
        for (Connection connection : board.connections()) {
            for (String end : List.of(connection.src(), connection.dst())) {
                int children = childCounts.getOrDefault(end, 0);
                if (children == 1 && !specialShapes.contains(end) && !connection.references().isEmpty()) {
                    String child = firstChild.get(end);
                    var ref = connection.references().getFirst();
                    out.add(Diagnostic.warning(CODE, "this connection ends at the container \"" + end
                            + "\"; did you mean its only child \"" + child + "\"?", ref.source(), ref.span()));
                }
            }
        }
        for (Board child : board.boards()) {
            out.addAll(check(child));
        }
        return out;
    }
}
