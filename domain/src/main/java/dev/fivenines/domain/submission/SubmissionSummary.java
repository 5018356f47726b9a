package dev.fivenines.domain.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * One submitted revision in a learner's history.
 *
 * @param revision 1 for the learner's first submission to that tutorial, then 2, 3, ...
 */
public record SubmissionSummary(UUID id, String tutorialSlug, int revision, Instant createdAt) {
}
