package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.List;

/**
 * What parsing one file gives: the (possibly partial) tree and every diagnostic, in the order d2
 * reports them (source order, except that one entry's errors come in the order they were found).
 * Parsing never throws on any input; a file with errors still has a document.
 */
public record ParseResult(SourceText source, D2Map document, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        for (Diagnostic diagnostic : diagnostics) { // a loop, not a stream: asked once per compile of small files
            if (diagnostic.isError()) {
                return true;
            }
        }
        return false;
    }
}
