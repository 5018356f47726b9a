package dev.fivenines.feedback.llm;

import dev.fivenines.feedback.d2.compile.D2Compiler;
import dev.fivenines.feedback.d2.compile.FileResolver;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.domain.feedback.Evidence;
import dev.fivenines.feedback.d2.graph.SourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What exists in a submission, for checking the model's citations: the element ids of the
 * compiled graph (shapes and connections, on every board) and the number of source lines.
 * Ids compare case-insensitively because D2 itself folds id case.
 */
public record Grounding(Map<String, Evidence> elements, int lineCount) {

    public Grounding {
        elements = Map.copyOf(elements);
    }

    /** Compiles the source with no imports (a review reads nothing from disk); never throws. */
    public static Grounding of(String source) {
        String text = source == null ? "" : source;
        SourceText sourceText = new SourceText("submission.d2", text);
        Map<String, Evidence> ids = new HashMap<>();
        try {
            DiagramGraph graph = new D2Compiler().compile(sourceText, FileResolver.none());
            if (graph.root() != null) {
                collect(graph.root(), ids);
            }
        } catch (RuntimeException e) {
            // A compiler bug must not cost the learner the review; line citations still ground.
            ids.clear();
        }
        return new Grounding(ids, sourceText.lineCount());
    }

    private static void collect(Board board, Map<String, Evidence> ids) {
        for (Shape s : board.shapes()) {
            ids.putIfAbsent(s.id().toLowerCase(Locale.ROOT), evidence(s.id(), s.references()));
        }
        for (Connection c : board.connections()) {
            ids.putIfAbsent(c.id().toLowerCase(Locale.ROOT), evidence(c.id(), c.references()));
        }
        board.boards().forEach(b -> collect(b, ids));
    }

    /** Where the element is first declared in the submission (line 1 when the compiler kept no span). */
    private static Evidence evidence(String id, List<SourceRef> refs) {
        return refs.stream().filter(r -> "submission.d2".equals(r.source().name())).findFirst()
                .map(r -> new Evidence(r.start().line() + 1, r.start().column() + 1, r.end().line() + 1,
                        r.end().column() + 1, List.of(id)))
                .orElse(new Evidence(1, 1, 1, 1, List.of(id)));
    }

    public boolean hasElement(String id) {
        return id != null && elements.containsKey(id.strip().toLowerCase(Locale.ROOT));
    }

    /** Evidence for an element id the model cited; call only after {@link #hasElement}. */
    public Evidence elementEvidence(String id) {
        return elements.get(id.strip().toLowerCase(Locale.ROOT));
    }

    public boolean hasLines(int start, int end) {
        return start >= 1 && end >= start && end <= lineCount;
    }
}
