package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.FeedbackReport;
import java.time.Instant;
import java.util.UUID;

/**
 * One revision of a learner's work on a tutorial, with the feedback computed when it was submitted
 * and what changed since the revision before it.
 *
 * @param revision 1, 2, 3, ... per learner and tutorial
 * @param changes  null for the first revision
 * @param reviewNote why the LLM review failed or was skipped, for the learner; null otherwise
 */
public record Submission(
        UUID id,
        String learner,
        String tutorialSlug,
        int revision,
        String source,
        Instant createdAt,
        FeedbackReport feedback,
        RevisionChanges changes,
        String reviewNote) {
}
