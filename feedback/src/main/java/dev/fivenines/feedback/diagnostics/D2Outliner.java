package dev.fivenines.feedback.diagnostics;

import dev.fivenines.domain.submission.DiagramOutline;
import dev.fivenines.domain.submission.DiagramOutliner;
import dev.fivenines.feedback.d2.compile.D2Compiler;
import dev.fivenines.feedback.d2.compile.FileResolver;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lists a diagram's root-board elements by absolute id with their labels, for revision diffs. */
public final class D2Outliner implements DiagramOutliner {

    private final D2Compiler compiler = new D2Compiler();

    @Override
    public DiagramOutline outline(String source) {
        Board root = compiler.compile(SourceText.of(source), FileResolver.none()).root();
        if (root == null) {
            return new DiagramOutline(Map.of(), Map.of());
        }
        Map<String, String> shapes = new LinkedHashMap<>();
        for (Shape shape : root.shapes()) {
            shapes.put(shape.id(), shape.label() == null ? "" : shape.label());
        }
        Map<String, String> connections = new LinkedHashMap<>();
        for (Connection connection : root.connections()) {
            connections.put(connection.id(), connection.label() == null ? "" : connection.label());
        }
        return new DiagramOutline(shapes, connections);
    }
}
