package dev.fivenines.domain.review;

import dev.fivenines.domain.feedback.DiagramReviewer;
import dev.fivenines.domain.feedback.FeedbackReport;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Outbound port: where finished reviews go, and earlier reviews that can be reused. */
public interface ReviewResults {

    /** A finished review stored under this key, or empty. */
    Mono<FeedbackReport> cached(String cacheKey);

    /**
     * Stores the review's report on the submission and finishes its job, in one transaction, only
     * if the submission is still waiting for it: a review completes exactly once even when a job
     * was claimed twice. Caches DONE reviews under {@code cacheKey}. True when this call finished it.
     */
    Mono<Boolean> complete(UUID submissionId, DiagramReviewer.Result result, String cacheKey);
}
