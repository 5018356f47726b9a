package dev.fivenines.domain.diagram;

import java.util.List;

/**
 * What the editor shows: D2's own verdict, every diagnostic with its range, and a summary of the
 * compiled graph (root board) so the editor can say "3 shapes, 2 connections".
 *
 * @param valid       true when the real d2 would accept the source (no ERROR diagnostics)
 * @param diagnostics errors first as d2 reports them, then our learner-oriented warnings
 */
public record LintReport(boolean valid, List<Diagnostic> diagnostics, int shapes, int connections, int boards) {

    public LintReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * @param severity ERROR, WARNING or INFO
     * @param code     a stable dotted code, e.g. {@code d2.syntax.unterminated_map}
     * @param line     1-based; columns are 1-based UTF-16 code units; the end is exclusive
     */
    public record Diagnostic(String severity, String code, String message, int line, int column, int endLine,
                             int endColumn) {
    }
}
