package dev.fivenines.domain.learning;

import dev.fivenines.domain.feedback.FeedbackReport;
import java.util.List;
import java.util.Set;

/**
 * What one learner did in one tutorial.
 *
 * @param bestPassed       the most criteria passed in any revision (0 with no revisions)
 * @param latestFeedback   the feedback of the newest revision whose diagram compiled, or null with none:
 *                         an invalid save is a typo to fix, not a step back
 * @param passedByRevision for each revision whose diagram compiled, the ids of the criteria it passed
 * @param practiceAnswered distinct practice checks answered at least once
 * @param practiceCorrect  distinct practice checks answered correctly at least once
 */
public record TutorialActivity(String tutorialSlug, int revisions, int bestPassed, int bestTotal,
                               FeedbackReport latestFeedback, List<Set<String>> passedByRevision, int hintsUsed,
                               int practiceAnswered, int practiceCorrect) {

    public TutorialActivity {
        passedByRevision = passedByRevision.stream().map(Set::copyOf).toList();
    }

    public static TutorialActivity none(String slug) {
        return new TutorialActivity(slug, 0, 0, 0, null, List.of(), 0, 0, 0);
    }
}
