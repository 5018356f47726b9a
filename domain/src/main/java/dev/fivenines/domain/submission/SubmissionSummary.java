package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Score;
import java.time.Instant;
import java.util.UUID;

/**
 * One submitted revision in a learner's history, with the outcome a history view shows.
 *
 * @param revision 1 for the learner's first submission to that tutorial, then 2, 3, ...
 * @param status   the feedback's status as it stands now (PARTIAL becomes COMPLETE when the LLM review lands)
 * @param score    structural criteria passed of those checked
 * @param llm      where the LLM review stands
 *                 (status, score and llm are null for a row stored without feedback, which only
 *                 rows from before schema V2 are)
 */
public record SubmissionSummary(UUID id, String tutorialSlug, int revision, Instant createdAt, FeedbackStatus status,
                                Score score, ReviewState llm) {
}
