package dev.fivenines.feedback.review;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.Diagnostic;

/**
 * About how much memory a compiled graph keeps, in characters: its strings, plus a fixed share
 * for each object, connection and diagnostic (a record with its lists and references). A string
 * shared by many shapes is counted for each, which errs towards not caching.
 */
final class GraphWeight {

    /** Roughly the bytes of a record and its small lists, in 2-byte characters. */
    private static final int PER_ELEMENT = 64;

    private GraphWeight() {
    }

    static long of(DiagramGraph graph) {
        long weight = 0;
        for (Diagnostic diagnostic : graph.diagnostics()) {
            weight += PER_ELEMENT + length(diagnostic.message());
        }
        return graph.root() == null ? weight : weight + of(graph.root());
    }

    private static long of(Board board) {
        long weight = PER_ELEMENT;
        for (Shape shape : board.shapes()) {
            weight += PER_ELEMENT + length(shape.id()) + length(shape.label()) + (long) PER_ELEMENT
                    * (shape.columns().size() + shape.fields().size() + shape.methods().size() + shape.references().size());
        }
        for (Connection connection : board.connections()) {
            weight += PER_ELEMENT + length(connection.id()) + length(connection.label());
        }
        for (Board child : board.boards()) {
            weight += of(child);
        }
        return weight;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
