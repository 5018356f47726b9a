package dev.fivenines.feedback.llm;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-learner daily allowance of LLM reviews (Bucket4j, refilled as a whole every 24 h).
 * Kept in memory per instance: with N instances a learner can get up to N times the budget; the
 * lead may move the buckets to PostgreSQL (bucket4j has a JDBC/R2DBC-free proxy manager) if that matters.
 */
final class DailyBudget {

    private final long perDay;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    DailyBudget(long perDay) {
        this.perDay = perDay;
    }

    boolean tryConsume(String learnerId) {
        return bucket(learnerId).tryConsume(1);
    }

    /** Gives a review back when it failed for reasons that are not the learner's. */
    void refund(String learnerId) {
        bucket(learnerId).addTokens(1);
    }

    private Bucket bucket(String learnerId) {
        return buckets.computeIfAbsent(learnerId == null ? "" : learnerId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perDay).refillIntervally(perDay, Duration.ofDays(1))).build());
    }
}
