package dev.fivenines.feedback.d2.graph;

import dev.fivenines.feedback.d2.source.Diagnostic;
import java.util.List;

/**
 * The result of compiling a D2 file: the root board (null when the file could not be compiled at
 * all) and every diagnostic of parsing, compiling and our learner-oriented lints, in order.
 * {@link #valid()} is D2's verdict: no ERROR diagnostics.
 */
public record DiagramGraph(Board root, List<Diagnostic> diagnostics) {

    public DiagramGraph {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean valid() {
        return root != null && diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
