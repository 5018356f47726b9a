package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.graph.SourceRef;
import dev.fivenines.feedback.d2.source.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns a built board into the public graph records, in d2's order (first reference in the source). */
final class Export {

    private Export() {
    }

    static Board board(String kind, String name, GraphBuilder builder, List<Board> boards, boolean capsLock) {
        // d2 sorts the root graph only (d2compiler.Compile); boards keep creation and compile order
        boolean root = kind == null;
        List<GObj> objects = root ? sortByFirstReference(builder.objects) : builder.objects;
        Map<GEdge, Long> edgeKeys = new IdentityHashMap<>();
        for (GEdge edge : builder.edges) {
            edgeKeys.put(edge, edge.refs.isEmpty() ? Long.MAX_VALUE : key(edge.refs.getFirst()));
        }
        List<GEdge> edges = new ArrayList<>(builder.edges);
        if (root) {
            edges.sort(Comparator.comparingLong(edgeKeys::get));
        }
        SeqRoles roles = new SeqRoles(builder.objects, builder.edges);
        List<Shape> shapes = objects.stream().map(o -> shape(o, roles, capsLock)).toList();
        List<Connection> connections = edges.stream().map(e -> connection(e, capsLock)).toList();
        String rootShape = builder.root.attrs.shape.isEmpty() ? null : builder.root.attrs.shape;
        boolean folderOnly = kind != null && objects.isEmpty();
        return new Board(kind, name, folderOnly, rootShape, shapes, connections, boards);
    }

    /**
     * d2's SortObjectsByAST: by the position of the first reference; an object whose first
     * reference floats (var or glob) keeps its place after the object created before it.
     */
    private static List<GObj> sortByFirstReference(List<GObj> created) {
        Map<GObj, Long> keys = new IdentityHashMap<>();
        long previous = Long.MIN_VALUE;
        for (GObj obj : created) {
            boolean floating = obj.refs.isEmpty() || obj.refs.getFirst().ref().floating();
            long key = floating ? previous : key(obj.refs.getFirst());
            keys.put(obj, key);
            previous = key;
        }
        List<GObj> sorted = new ArrayList<>(created);
        sorted.sort(Comparator.comparingLong(keys::get));
        return sorted;
    }

    /** Orders by line then column (d2 compares ranges, whatever file they are in). */
    private static long key(GObj.GRef ref) {
        Position position = ref.ref().source().position(ref.ref().span().start());
        return ((long) position.line() << 32) | position.column();
    }

    private static Shape shape(GObj obj, SeqRoles roles, boolean capsLock) {
        Shape.SeqRole role = roles.roleOf(obj);
        GObj seq = obj.outerSequenceDiagram();
        boolean layoutOwned = role == Shape.SeqRole.SPAN || role == Shape.SeqRole.NOTE;
        String transform = obj.attrs.style.get("text-transform");
        String label = capsLock(transform(obj.attrs.label, transform), obj.attrs, capsLock);
        return new Shape(obj.absId, label, layoutOwned ? null : obj.attrs.shape,
                obj.parent.isRoot() ? null : obj.parent.absId,
                obj.attrs.language.isEmpty() ? null : obj.attrs.language, obj.attrs.near, obj.attrs.icon,
                obj.attrs.classes, seq == null ? null : seq.absId, role, obj.columns, obj.classFields, obj.methods,
                refs(obj.refs), transform);
    }

    private static Connection connection(GEdge edge, boolean capsLock) {
        String transform = edge.attrs.style.get("text-transform");
        return new Connection(edge.absId(), edge.src.absId, edge.dst.absId,
                arrowhead(edge.srcArrow, edge.srcArrowhead), arrowhead(edge.dstArrow, edge.dstArrowhead),
                capsLock(transform(edge.attrs.label, transform), edge.attrs, capsLock), edge.index, arrowLabel(edge.srcArrowhead),
                arrowLabel(edge.dstArrowhead), edge.srcColumn, edge.dstColumn, refs(edge.refs),
                edge.attrs.classes, transform);
    }

    private static String arrowLabel(Attrs arrowhead) {
        return arrowhead == null || arrowhead.label == null || arrowhead.label.isEmpty() ? null : arrowhead.label;
    }

    /** d2target.ToArrowhead: the exported name of an arrowhead. */
    static String arrowhead(boolean arrow, Attrs attrs) {
        if (!arrow) {
            return "none";
        }
        if (attrs == null) {
            return "triangle";
        }
        String filled = attrs.style.get("filled");
        String shape = attrs.shape.isEmpty() ? "triangle" : attrs.shape;
        return switch (shape) {
            case "diamond" -> "true".equals(filled) ? "filled-diamond" : "diamond";
            case "circle" -> "true".equals(filled) ? "filled-circle" : "circle";
            case "box" -> "true".equals(filled) ? "filled-box" : "box";
            case "triangle" -> "false".equals(filled) ? "unfilled-triangle" : "triangle";
            case "none", "arrow", "cross", "cf-one", "cf-many", "cf-one-required", "cf-many-required" -> shape;
            default -> "triangle";
        };
    }

    /** Themes with caps lock (Terminal, id 300) upper-case plain labels. */
    private static String capsLock(String label, Attrs attrs, boolean capsLock) {
        boolean plain = attrs.language.isEmpty() && attrs.style.get("text-transform") == null;
        return capsLock && plain && label != null ? label.toUpperCase(Locale.ROOT) : label;
    }

    static String transform(String label, String transform) {
        if (transform == null || label == null) {
            return label;
        }
        return switch (transform.toLowerCase(Locale.ROOT)) {
            case "uppercase" -> label.toUpperCase(Locale.ROOT);
            case "lowercase" -> label.toLowerCase(Locale.ROOT);
            case "capitalize" -> capitalize(label);
            default -> label;
        };
    }

    private static String capitalize(String label) {
        StringBuilder out = new StringBuilder(label.length());
        boolean start = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c);
        }
        return out.toString();
    }

    private static List<SourceRef> refs(List<GObj.GRef> refs) {
        return refs.stream().map(r -> new SourceRef(r.ref().source(), r.ref().span())).toList();
    }
}
