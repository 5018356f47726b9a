package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.MapNode;
import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.StringValue;
import java.util.List;

/** Filters ({@code &label: x}, {@code &src: a}, {@code &class: c}) in the map of an edge glob. */
final class EdgeFilters {

    private EdgeFilters() {
    }

    static boolean passes(IrEdge edge, MapKey glob) {
        if (!(glob.value() instanceof D2Map map)) {
            return true;
        }
        for (MapNode node : map.nodes()) {
            if (node instanceof MapKey filter && (filter.ampersand() || filter.notAmpersand()) && filter.key() != null
                    && filter.value() instanceof Scalar wanted) {
                String actual = value(edge, filter.key().path());
                boolean matches = actual != null && GlobMatcher.matchesWhole(wanted.text(), actual, edge.owner.budget);
                if (matches == filter.notAmpersand()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String value(IrEdge edge, List<StringValue> path) {
        String first = path.getFirst().value();
        if (first.equals("src") || first.equals("dst")) {
            IrField end = first.equals("src") ? edge.src : edge.dst;
            return path.size() == 1 ? absolutePath(end) : FilterValues.of(end, path.subList(1, path.size()));
        }
        if (path.size() == 1 && first.equals("label")) {
            IrField label = edge.map == null ? null : edge.map.getLower("label");
            if (label != null && label.primary != null) {
                return label.primary.text();
            }
            return edge.primary == null ? "" : edge.primary.text();
        }
        IrMap map = edge.map;
        IrField field = null;
        for (StringValue element : path) {
            field = map == null ? null : map.get(element.value());
            if (field == null) {
                return null;
            }
            map = field.map;
        }
        return field.primary == null ? null : field.primary.text();
    }

    private static String absolutePath(IrField field) {
        List<String> names = new java.util.ArrayList<>();
        for (IrField f = field; f != null; f = f.owner.parent() == null ? null : f.owner.ownerField) {
            names.addFirst(f.name);
        }
        return String.join(".", names);
    }
}
