package dev.fivenines.api.persistence;

import dev.fivenines.domain.feedback.DiagramReviewer;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.review.ReviewJob;
import dev.fivenines.domain.review.ReviewJobQueue;
import dev.fivenines.domain.review.ReviewResults;
import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The review job queue and the review results, in PostgreSQL. */
@Repository
class R2dbcReviewJobs implements ReviewJobQueue, ReviewResults {

    /** Due jobs: queued and due, or claimed by someone whose lease ran out (a crash). */
    private static final String CLAIM = """
            update review_job set state = 'running', attempts = attempts + 1,
                   lease_until = now() + make_interval(secs => :leaseSeconds)
            where submission_id in (
                select submission_id from review_job
                where (state = 'queued' and next_attempt_at <= now())
                   or (state = 'running' and lease_until < now())
                order by next_attempt_at
                limit :max
                for update skip locked)
            returning submission_id, attempts""";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final JsonMapper json = JsonMapper.builder().build();

    R2dbcReviewJobs(DatabaseClient db, ReactiveTransactionManager transactions) {
        this.db = db;
        this.transaction = TransactionalOperator.create(transactions);
    }

    @Override
    public Mono<List<ReviewJob>> claim(int max, Duration lease) {
        return db.sql(CLAIM).bind("max", max).bind("leaseSeconds", (double) lease.toSeconds())
                .map(row -> new ReviewJob(row.get("submission_id", UUID.class), row.get("attempts", Integer.class)))
                .all().collectList();
    }

    @Override
    public Mono<Void> retryLater(UUID submissionId, Duration delay, String error) {
        return db.sql("""
                        update review_job set state = 'queued', lease_until = null, last_error = :error,
                               next_attempt_at = now() + make_interval(secs => :delaySeconds)
                        where submission_id = :id and state = 'running'""")
                .bind("id", submissionId).bind("error", error).bind("delaySeconds", (double) delay.toSeconds())
                .then();
    }

    @Override
    public Mono<Long> depth() {
        return db.sql("select count(*) as n from review_job where state <> 'done'")
                .map(row -> row.get("n", Long.class)).one();
    }

    @Override
    public Mono<FeedbackReport> cached(String cacheKey) {
        return db.sql("select report from review_cache where cache_key = :key").bind("key", cacheKey)
                .map(row -> json.readValue(row.get("report", Json.class).asString(), FeedbackReport.class)).one();
    }

    @Override
    public Mono<Boolean> complete(UUID submissionId, DiagramReviewer.Result result, String cacheKey) {
        FeedbackReport report = result.report();
        Mono<Boolean> work = db.sql("""
                        update submission set feedback = :feedback, status = :status, llm_state = :llm,
                               score_passed = :passed, score_total = :total, review_note = :note,
                               prompt_version = :prompt
                        where id = :id and llm_state = 'PENDING'""")
                .bind("id", submissionId)
                .bind("feedback", Json.of(json.writeValueAsString(report)))
                .bind("status", report.status().name()).bind("llm", report.llm().name())
                .bind("passed", report.score().passed()).bind("total", report.score().total())
                .bind("note", result.reason() == null ? "" : result.reason())
                .bind("prompt", result.promptVersion() == null ? "" : result.promptVersion())
                .fetch().rowsUpdated()
                .flatMap(updated -> finishJob(submissionId, result.reason())
                        .then(updated == 1 && result.state() == ReviewState.DONE ? cache(cacheKey, report) : Mono.empty())
                        .thenReturn(updated == 1));
        return transaction.transactional(work);
    }

    private Mono<Void> finishJob(UUID submissionId, String reason) {
        return db.sql("""
                        update review_job set state = 'done', finished_at = now(), lease_until = null,
                               last_error = nullif(:reason, '')
                        where submission_id = :id""")
                .bind("id", submissionId).bind("reason", reason == null ? "" : reason).then();
    }

    private Mono<Void> cache(String key, FeedbackReport report) {
        return db.sql("insert into review_cache (cache_key, report) values (:key, :report) on conflict do nothing")
                .bind("key", key).bind("report", Json.of(json.writeValueAsString(report))).then();
    }
}
