package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects compile errors in order, dropping exact duplicates as d2's graph compiler does. */
final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** Counted as they arrive: stages ask after every board, and a scan per question added up. */
    private int errors;

    void error(String code, String message, SourceText source, Span span) {
        String key = source.name() + ':' + span.start() + ':' + span.end() + ':' + message;
        if (seen.add(key)) {
            all.add(Diagnostic.error(code, message, source, span));
            errors++;
        }
    }

    void add(Diagnostic diagnostic) {
        all.add(diagnostic);
        if (diagnostic.isError()) {
            errors++;
        }
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<Diagnostic> all() {
        return all;
    }
}
