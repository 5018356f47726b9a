package dev.fivenines.feedback.check;

import dev.fivenines.domain.feedback.Finding;

/**
 * A finding with the concrete next step that would fix it (empty for a pass), which the report
 * uses for {@code summary.nextRevision}.
 */
public record CriterionResult(Finding finding, String fix) {
}
