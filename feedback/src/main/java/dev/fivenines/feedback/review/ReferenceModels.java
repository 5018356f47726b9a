package dev.fivenines.feedback.review;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tutorials' reference solutions, compiled once each: the role reader matches a learner's
 * diagram against the model of which roles exchange messages. Keyed by the solution text, so a
 * newly published version gets its own model; the few most recent are kept.
 */
final class ReferenceModels {

    /** Tutorials times active versions stay far below this; older entries simply compile again. */
    private static final int MAX_MODELS = 64;

    private final DiagramCompiler compiler;
    private final Map<String, Board> models = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Board> eldest) {
            return size() > MAX_MODELS;
        }
    };

    ReferenceModels(DiagramCompiler compiler) {
        this.compiler = compiler;
    }

    /** The solution's root board, or null when there is no valid solution. */
    Board model(String solution) {
        if (solution == null || solution.isBlank()) {
            return null;
        }
        synchronized (models) {
            Board cached = models.get(solution);
            if (cached != null) {
                return cached;
            }
        }
        DiagramGraph graph = compiler.compile(new SourceText("solution.d2", solution));
        Board board = graph.valid() ? graph.root() : null;
        if (board != null) {
            synchronized (models) {
                models.put(solution, board);
            }
        }
        return board;
    }
}
