package dev.fivenines.domain.submission;

/**
 * A learner submits a diagram for a tutorial.
 *
 * @param idempotencyKey the client's key for this request, or null; a retried request with the same
 *                       key creates nothing twice
 */
public record SubmitCommand(String learner, String tutorialSlug, String source, String idempotencyKey) {
}
