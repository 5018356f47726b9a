package dev.fivenines.domain.learning;

import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;

/**
 * A learner's progress over the whole catalog, tutorials never touched included.
 *
 * @param completed every ESSENTIAL criterion passes in the latest revision
 * @param criteria  the current verdict per criterion (verdict null when never submitted)
 */
public record Progress(List<TutorialProgress> tutorials) {

    public Progress {
        tutorials = List.copyOf(tutorials);
    }

    public record TutorialProgress(TutorialSummary tutorial, TutorialActivity activity, boolean completed,
                                   List<CriterionState> criteria) {
        public TutorialProgress {
            criteria = List.copyOf(criteria);
        }
    }

    /** @param verdict PASS, MISSING, BROKEN, UNCLEAR, or null when not judged yet */
    public record CriterionState(String id, String title, String severity, String verdict) {
    }
}
