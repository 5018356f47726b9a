package dev.fivenines.domain.review;

import java.util.UUID;

/** A claimed LLM review of one submission; {@code attempt} counts claims, 1 for the first. */
public record ReviewJob(UUID submissionId, int attempt) {
}
