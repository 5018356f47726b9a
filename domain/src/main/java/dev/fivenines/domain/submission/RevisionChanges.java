package dev.fivenines.domain.submission;

import java.util.List;

/**
 * What changed since the learner's previous revision of the same tutorial.
 *
 * @param fixed       criteria failing before and passing now
 * @param stillOpen   criteria failing before and still failing
 * @param newlyBroken criteria passing before and failing now
 */
public record RevisionChanges(int previousRevision, List<String> fixed, List<String> stillOpen,
                              List<String> newlyBroken, DiagramDiff diagram) {
    public RevisionChanges {
        fixed = List.copyOf(fixed);
        stillOpen = List.copyOf(stillOpen);
        newlyBroken = List.copyOf(newlyBroken);
    }
}
