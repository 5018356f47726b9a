package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shape mentioned once whose name is a near miss of another shape's (same parent): most likely a
 * typo that silently created a second box ({@code Cleint -> server} next to {@code client}).
 */
final class NearMissIdLint {

    static final String CODE = "d2.lint.near_miss_id";

    private NearMissIdLint() {
    }

    static List<Diagnostic> check(Board board) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, List<Shape>> byParent = new HashMap<>();
        for (Shape shape : board.shapes()) {
            byParent.computeIfAbsent(String.valueOf(shape.parent()), k -> new ArrayList<>()).add(shape);
        }
        for (List<Shape> siblings : byParent.values()) {
            // only names mentioned more than once can be the intended spelling; normalize them once
            List<Shape> repeated = siblings.stream().filter(s -> s.references().size() > 1).toList();
            List<String> repeatedNames = repeated.stream().map(s -> Similarity.normalize(name(s))).toList();
            for (Shape once : siblings) {
                String onceName = Similarity.normalize(name(once));
                if (once.references().size() != 1 || onceName.length() < 4) {
                    continue;
                }
                for (int i = 0; i < repeated.size(); i++) {
                    Shape other = repeated.get(i);
                    if (Similarity.nearMissNormalized(onceName, repeatedNames.get(i))) {
                        var ref = once.references().getFirst();
                        out.add(Diagnostic.warning(CODE, "\"" + name(once) + "\" appears only here and looks like a typo"
                                + " of \"" + name(other) + "\"; d2 created a separate shape for it", ref.source(),
                                ref.span()));
                        break;
                    }
                }
            }
        }
        for (Board child : board.boards()) {
            out.addAll(check(child));
        }
        return out;
    }

    private static String name(Shape shape) {
        String id = shape.id();
        return shape.parent() == null ? id : id.substring(shape.parent().length() + 1);
    }
}
