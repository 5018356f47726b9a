package dev.fivenines.domain.learning;

import dev.fivenines.domain.feedback.FeedbackReport;

/**
 * What one learner did in one tutorial.
 *
 * @param bestPassed     the most criteria passed in any revision (0 with no revisions)
 * @param latestFeedback the newest revision's feedback, or null with no revisions
 * @param practiceAnswered distinct practice checks answered at least once
 * @param practiceCorrect  distinct practice checks answered correctly at least once
 */
public record TutorialActivity(String tutorialSlug, int revisions, int bestPassed, int bestTotal,
                               FeedbackReport latestFeedback, int hintsUsed, int practiceAnswered,
                               int practiceCorrect) {

    public static TutorialActivity none(String slug) {
        return new TutorialActivity(slug, 0, 0, 0, null, 0, 0, 0);
    }
}
