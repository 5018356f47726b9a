package dev.fivenines.feedback.check;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.graph.SourceRef;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built boards for checking the rubric engine without the D2 compiler. Every element gets
 * its own line in a synthetic source, so evidence positions are predictable: the n-th element
 * added is on line n.
 */
final class Diagrams {

    private final String rootShape;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    private final List<Object> order = new ArrayList<>();

    private Diagrams(String rootShape) {
        this.rootShape = rootShape;
    }

    static Diagrams sequence() {
        return new Diagrams("sequence_diagram");
    }

    static Diagrams plain() {
        return new Diagrams(null);
    }

    Diagrams shape(String id, String label) {
        return shape(id, label, "rectangle", null);
    }

    Diagrams shape(String id, String label, String shape, String parent) {
        Shape.SeqRole role = rootShape == null ? null : (parent == null ? Shape.SeqRole.ACTOR : Shape.SeqRole.SPAN);
        shapes.add(new Shape(id, label, shape, parent, null, null, null, List.of(),
                rootShape == null ? null : "", role, List.of(), List.of(), List.of(), List.of()));
        order.add(shapes.getLast());
        lines.add(id + ": " + label);
        return this;
    }

    Diagrams note(String id, String label, String parent) {
        shapes.add(new Shape(id, label, null, parent, null, null, null, List.of(), "", Shape.SeqRole.NOTE,
                List.of(), List.of(), List.of(), List.of()));
        order.add(shapes.getLast());
        lines.add(id + ": " + label);
        return this;
    }

    Diagrams table(String id, String label, List<Shape.Column> columns) {
        return table(id, label, null, columns);
    }

    Diagrams table(String id, String label, String parent, List<Shape.Column> columns) {
        shapes.add(new Shape(id, label, "sql_table", parent, null, null, null, List.of(), null, null,
                columns, List.of(), List.of(), List.of()));
        order.add(shapes.getLast());
        lines.add(id + ": " + label);
        return this;
    }

    Diagrams edge(String src, String dst, String label) {
        return edge(src, dst, label, "none", "triangle");
    }

    Diagrams edge(String src, String dst, String label, String srcArrow, String dstArrow) {
        int index = (int) connections.stream().filter(c -> c.src().equals(src) && c.dst().equals(dst)).count();
        connections.add(new Connection("(" + src + " -> " + dst + ")[" + index + "]", src, dst, srcArrow, dstArrow,
                label, index, null, null, null, null, List.of()));
        order.add(connections.getLast());
        lines.add(src + " -> " + dst + ": " + label);
        return this;
    }

    /** The board, with one SourceRef per element pointing at its own line. */
    Board build() {
        SourceText source = SourceText.of(String.join("\n", lines) + "\n");
        List<Shape> outShapes = new ArrayList<>();
        List<Connection> outConnections = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < order.size(); i++) {
            SourceRef ref = new SourceRef(source, new Span(offset, offset + lines.get(i).length()));
            offset += lines.get(i).length() + 1;
            switch (order.get(i)) {
                case Shape s -> outShapes.add(new Shape(s.id(), s.label(), s.shape(), s.parent(), s.language(), s.near(), s.icon(),
                        s.classes(), s.sequenceDiagram(), s.seqRole(), s.columns(), s.fields(), s.methods(), List.of(ref)));
                case Connection c -> outConnections.add(new Connection(c.id(), c.src(), c.dst(), c.srcArrow(), c.dstArrow(),
                        c.label(), c.index(), null, null, null, null, List.of(ref)));
                default -> throw new IllegalStateException();
            }
        }
        return new Board(null, null, false, rootShape, outShapes, outConnections, List.of());
    }
}
