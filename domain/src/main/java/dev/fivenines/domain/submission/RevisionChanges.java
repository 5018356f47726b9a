package dev.fivenines.domain.submission;

import java.util.List;

/**
 * What changed since the learner's newest earlier revision that compiled.
 *
 * @param previousRevision the revision compared with: the newest earlier one that compiled (for an
 *                         invalid revision, which is not compared, the newest earlier one)
 * @param fixed            criteria failing before and passing now
 * @param stillOpen        criteria failing before and still failing
 * @param newlyBroken      criteria passing before and failing now
 * @param notCompared      why nothing was compared (the lists and the diff are then empty), or null
 */
public record RevisionChanges(int previousRevision, List<String> fixed, List<String> stillOpen,
                              List<String> newlyBroken, DiagramDiff diagram, String notCompared) {

    /** What an invalid revision says instead of a comparison. */
    public static final String FIX_ERRORS_FIRST = "Not compared: fix the errors first.";

    public RevisionChanges {
        fixed = List.copyOf(fixed);
        stillOpen = List.copyOf(stillOpen);
        newlyBroken = List.copyOf(newlyBroken);
    }

    static RevisionChanges notCompared(int previousRevision) {
        return new RevisionChanges(previousRevision, List.of(), List.of(), List.of(), DiagramDiff.none(),
                FIX_ERRORS_FIRST);
    }
}
