package dev.fivenines.feedback.diagnostics;

import dev.fivenines.domain.submission.DiagramOutline;
import dev.fivenines.domain.submission.DiagramOutliner;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.review.DiagramCompiler;
import dev.fivenines.feedback.review.DiagramReviewService;
import dev.fivenines.feedback.review.RecentlyCompiled;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lists a diagram's root-board elements by absolute id with their labels, for revision diffs. */
public final class D2Outliner implements DiagramOutliner {

    private final DiagramCompiler compiler;

    public D2Outliner() {
        this(DiagramCompiler.withoutImports());
    }

    /** @param compiler the one the review uses, so a {@link RecentlyCompiled} one serves both */
    public D2Outliner(DiagramCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public DiagramOutline outline(String source) {
        // Named like a reviewed submission so the review's compilation of the same source is reused.
        Board root = compiler.compile(new SourceText(DiagramReviewService.SUBMISSION_NAME, source)).root();
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
