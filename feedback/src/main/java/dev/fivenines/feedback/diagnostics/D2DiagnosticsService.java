package dev.fivenines.feedback.diagnostics;

import dev.fivenines.domain.diagram.DiagramLinter;
import dev.fivenines.domain.diagram.LintReport;
import dev.fivenines.feedback.d2.compile.D2Compiler;
import dev.fivenines.feedback.d2.compile.FileResolver;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.Position;
import dev.fivenines.feedback.d2.source.SourceText;

/** Compiles a single submitted source (imports resolve to nothing) and reports what an editor needs. */
public final class D2DiagnosticsService implements DiagramLinter {

    private final D2Compiler compiler = new D2Compiler();

    @Override
    public LintReport lint(String source) {
        DiagramGraph graph = compiler.compile(SourceText.of(source), FileResolver.none());
        Board root = graph.root();
        return new LintReport(graph.valid(),
                graph.diagnostics().stream().map(D2DiagnosticsService::toReport).toList(),
                root == null ? 0 : root.shapes().size(),
                root == null ? 0 : root.connections().size(),
                root == null ? 0 : countBoards(root));
    }

    private static int countBoards(Board board) {
        return board.boards().stream().mapToInt(b -> 1 + countBoards(b)).sum();
    }

    private static LintReport.Diagnostic toReport(Diagnostic d) {
        Position start = d.start();
        Position end = d.end();
        return new LintReport.Diagnostic(d.severity().name(), d.code(), d.message(),
                start.line() + 1, start.column() + 1, end.line() + 1, end.column() + 1);
    }
}
