package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.parser.ParseResult;
import dev.fivenines.feedback.d2.source.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Learner-oriented warnings: likely mistakes that d2 accepts silently or reports cryptically.
 * Every warning has a {@code d2.lint.*} code and a span; none changes validity.
 */
public final class D2Lints {

    private D2Lints() {
    }

    /**
     * @param parsed      the entry file's parse result
     * @param root        the compiled root board, or null when compiling failed
     * @param diagnostics the errors found so far (hints attach to some of them)
     */
    public static List<Diagnostic> lint(ParseResult parsed, Board root, List<Diagnostic> diagnostics) {
        List<Diagnostic> warnings = new ArrayList<>();
        warnings.addAll(HashColourLint.check(parsed.source()));
        warnings.addAll(KeywordTypoLint.check(parsed));
        warnings.addAll(DollarLabelHint.check(diagnostics));
        if (root != null) {
            warnings.addAll(NearMissIdLint.check(root));
            warnings.addAll(ContainerEdgeLint.check(root));
        }
        return warnings;
    }
}
