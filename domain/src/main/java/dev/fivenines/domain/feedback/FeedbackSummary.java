package dev.fivenines.domain.feedback;

import java.util.List;

/**
 * The learner-facing digest of the findings.
 *
 * @param nextRevision one concrete next step for the most important failing criterion; empty when
 *                     nothing fails
 */
public record FeedbackSummary(List<String> holdsUp, List<String> missing, List<String> breaks, String nextRevision) {
    public FeedbackSummary {
        holdsUp = List.copyOf(holdsUp);
        missing = List.copyOf(missing);
        breaks = List.copyOf(breaks);
    }
}
