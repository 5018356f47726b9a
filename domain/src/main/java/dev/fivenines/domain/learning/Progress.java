package dev.fivenines.domain.learning;

import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;

/**
 * A learner's progress over the whole catalog, tutorials never touched included.
 *
 * @param completed some revision passed every ESSENTIAL criterion (once earned, it stays)
 * @param criteria  the verdict per criterion in the newest revision that compiled (null when none did)
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
