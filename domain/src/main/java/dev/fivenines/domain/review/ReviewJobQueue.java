package dev.fivenines.domain.review;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Outbound port: LLM reviews waiting to run, kept in the database so that any instance may run
 * them and a crash loses none: a claimed job whose lease runs out is claimed again.
 */
public interface ReviewJobQueue {

    /** Claims up to {@code max} due jobs (queued, or running with an expired lease) for {@code lease}. */
    Mono<List<ReviewJob>> claim(int max, Duration lease);

    /** Puts a claimed job back to run again after {@code delay} (its work failed unexpectedly). */
    Mono<Void> retryLater(UUID submissionId, Duration delay, String error);

    /** Jobs not finished yet: the queue depth. */
    Mono<Long> depth();
}
