package dev.fivenines.feedback.d2.lint;

import dev.fivenines.feedback.d2.source.Diagnostic;
import java.util.List;

/**
 * {@code "*3 $3 SET"}: in double quotes and unquoted text, {@code $} starts a substitution such as
 * {@code ${name}}, so every {@code $} in a label written from a brief (RESP's {@code $3}) gives d2's
 * bare "substitutions must begin on {". d2's errors stay; this adds the way out, once per diagram
 * however many there are, at the first one.
 */
final class DollarLabelHint {

    static final String CODE = "d2.lint.dollar_in_label";
    /** d2's error for a {@code $} not followed by {@code {} (the parser's code, repeated: it is package-private there). */
    static final String SUBSTITUTION_WITHOUT_BRACE = "d2.syntax.substitution_without_brace";

    private DollarLabelHint() {
    }

    static List<Diagnostic> check(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> SUBSTITUTION_WITHOUT_BRACE.equals(d.code())).findFirst()
                .map(first -> Diagnostic.warning(CODE, "a $ in a label starts a substitution like ${name}; to show"
                        + " a literal $ (as in RESP's $3), put the label in single quotes ('$3 SET') or write \\$",
                        first.source(), first.span()))
                .stream().toList();
    }
}
