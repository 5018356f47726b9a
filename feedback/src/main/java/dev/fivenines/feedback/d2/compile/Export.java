package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.graph.SourceRef;
import dev.fivenines.feedback.d2.source.Position;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Turns a built board into the public graph records, in d2's order (first reference in the source). */
final class Export {

    private Export() {
    }

    static Board board(String kind, String name, GraphBuilder builder, List<Board> boards, boolean capsLock) {
        // d2 sorts the root graph only (d2compiler.Compile); boards keep creation and compile order
        boolean root = kind == null;
        List<GObj> objects = root ? sortByFirstReference(builder.objects) : builder.objects;
        List<GEdge> edges = root ? sortEdgesByFirstReference(builder.edges) : builder.edges;
        SeqRoles roles = new SeqRoles(builder.objects, builder.edges);
        // plain loops: streams cost more than the records they build for the small boards of most files
        List<Shape> shapes = new ArrayList<>(objects.size());
        for (GObj obj : objects) {
            shapes.add(shape(obj, roles, capsLock));
        }
        List<Connection> connections = new ArrayList<>(edges.size());
        for (GEdge edge : edges) {
            connections.add(connection(edge, capsLock));
        }
        String rootShape = builder.root.attrs.shape.isEmpty() ? null : builder.root.attrs.shape;
        boolean folderOnly = kind != null && objects.isEmpty();
        return new Board(kind, name, folderOnly, rootShape, shapes, connections, boards);
    }

    /**
     * d2's SortObjectsByAST: by the position of the first reference; an object whose first
     * reference floats (var or glob) keeps its place after the object created before it.
     */
    private static List<GObj> sortByFirstReference(List<GObj> created) {
        boolean oneFile = firstRefsInOneFile(created, obj -> obj.refs);
        long[] keys = new long[created.size()];
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < keys.length; i++) {
            GObj obj = created.get(i);
            boolean floating = obj.refs.isEmpty() || obj.refs.getFirst().ref().floating();
            keys[i] = floating ? previous : key(obj.refs.getFirst(), oneFile);
            previous = keys[i];
        }
        return sortedByKey(created, keys);
    }

    /** Edges by their first reference; edges without one (none in practice) go last. */
    private static List<GEdge> sortEdgesByFirstReference(List<GEdge> created) {
        boolean oneFile = firstRefsInOneFile(created, edge -> edge.refs);
        long[] keys = new long[created.size()];
        for (int i = 0; i < keys.length; i++) {
            GEdge edge = created.get(i);
            keys[i] = edge.refs.isEmpty() ? Long.MAX_VALUE : key(edge.refs.getFirst(), oneFile);
        }
        return sortedByKey(created, keys);
    }

    /** A stable sort of {@code items} by {@code keys} (equal keys keep creation order). */
    private static <T> List<T> sortedByKey(List<T> items, long[] keys) {
        if (inOrder(keys)) {
            return items; // most boards are created in source order: the sort would change nothing
        }
        if (allInts(keys)) {
            // offsets in one file: each key and its position packed in a long, sorted as primitives
            // (the position breaks ties, so equal keys keep creation order), with no record per item
            long[] packed = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                packed[i] = keys[i] << 32 | i;
            }
            Arrays.sort(packed);
            List<T> sorted = new ArrayList<>(packed.length);
            for (long p : packed) {
                sorted.add(items.get((int) p));
            }
            return sorted;
        }
        List<Keyed<T>> keyed = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            keyed.add(new Keyed<>(items.get(i), keys[i]));
        }
        keyed.sort(Comparator.comparingLong(Keyed::key));
        List<T> sorted = new ArrayList<>(keyed.size());
        for (Keyed<T> k : keyed) {
            sorted.add(k.item());
        }
        return sorted;
    }

    private static boolean allInts(long[] keys) {
        for (long key : keys) {
            if (key < 0 || key > Integer.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    private static boolean inOrder(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] < keys[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private record Keyed<T>(T item, long key) {
    }

    /** Orders by line then column (d2 compares ranges, whatever file they are in). */
    private static long key(GObj.GRef ref, boolean oneFile) {
        SourceText source = ref.ref().source();
        int start = ref.ref().span().start();
        if (oneFile) {
            // in one file the offset (clamped as position() clamps it) orders exactly as (line, column)
            // does, without a binary search over the line starts for every object and edge
            return Math.max(0, Math.min(start, source.length()));
        }
        Position position = source.position(start);
        return ((long) position.line() << 32) | position.column();
    }

    /** True when every item's first reference is in the same file (no import brought one in). */
    private static <T> boolean firstRefsInOneFile(List<T> items, Function<T, List<GObj.GRef>> refsOf) {
        SourceText file = null;
        for (T item : items) {
            List<GObj.GRef> refs = refsOf.apply(item);
            if (refs.isEmpty()) {
                continue;
            }
            SourceText source = refs.getFirst().ref().source();
            if (file == null) {
                file = source;
            } else if (source != file) {
                return false;
            }
        }
        return true;
    }

    private static Shape shape(GObj obj, SeqRoles roles, boolean capsLock) {
        Shape.SeqRole role = roles.roleOf(obj);
        GObj seq = obj.outerSequenceDiagram();
        boolean layoutOwned = role == Shape.SeqRole.SPAN || role == Shape.SeqRole.NOTE;
        String transform = obj.attrs.style("text-transform");
        String label = capsLock(transform(obj.attrs.label, transform), obj.attrs, capsLock);
        return new Shape(obj.absId, label, layoutOwned ? null : obj.attrs.shape,
                obj.parent.isRoot() ? null : obj.parent.absId,
                obj.attrs.language.isEmpty() ? null : obj.attrs.language, obj.attrs.near, obj.attrs.icon,
                obj.attrs.classes(), seq == null ? null : seq.absId, role, obj.columns, obj.classFields, obj.methods,
                refs(obj.refs), transform);
    }

    private static Connection connection(GEdge edge, boolean capsLock) {
        String transform = edge.attrs.style("text-transform");
        return new Connection(edge.absId(), edge.src.absId, edge.dst.absId,
                arrowhead(edge.srcArrow, edge.srcArrowhead), arrowhead(edge.dstArrow, edge.dstArrowhead),
                capsLock(transform(edge.attrs.label, transform), edge.attrs, capsLock), edge.index, arrowLabel(edge.srcArrowhead),
                arrowLabel(edge.dstArrowhead), edge.srcColumn, edge.dstColumn, refs(edge.refs),
                edge.attrs.classes(), transform);
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
        String filled = attrs.style("filled");
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
        boolean plain = attrs.language.isEmpty() && attrs.style("text-transform") == null;
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

    /**
     * Built immutable, so that Shape's and Connection's List.copyOf keeps the list instead of
     * copying it; most objects and edges have one reference, which List.of holds without an array.
     */
    private static List<SourceRef> refs(List<GObj.GRef> refs) {
        if (refs.size() == 1) {
            return List.of(sourceRef(refs.getFirst()));
        }
        SourceRef[] out = new SourceRef[refs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sourceRef(refs.get(i));
        }
        return List.of(out);
    }

    private static SourceRef sourceRef(GObj.GRef ref) {
        return new SourceRef(ref.ref().source(), ref.ref().span());
    }
}
