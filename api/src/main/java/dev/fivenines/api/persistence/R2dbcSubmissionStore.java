package dev.fivenines.api.persistence;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.submission.RevisionBasis;
import dev.fivenines.domain.submission.RevisionChanges;
import dev.fivenines.domain.submission.Submission;
import dev.fivenines.domain.submission.HistoryCursor;
import dev.fivenines.domain.submission.SubmissionExport;
import dev.fivenines.domain.submission.SubmissionStore;
import java.util.List;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions with their feedback, one row each. The insert is a single statement, so a
 * submission, its feedback and its queued review are committed together or not at all.
 */
@Repository
class R2dbcSubmissionStore implements SubmissionStore, SubmissionExport {

    private static final String COLUMNS =
            "id, learner, tutorial_slug, revision, source, created_at, feedback, changes, review_note";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final JsonMapper json = JsonMapper.builder().build();

    R2dbcSubmissionStore(DatabaseClient db, ReactiveTransactionManager transactions) {
        this.db = db;
        this.transaction = TransactionalOperator.create(transactions);
    }

    /** A transaction-scoped advisory lock per learner and tutorial: released at commit or rollback. */
    @Override
    public <T> Mono<T> serialized(String learner, String tutorialSlug, Mono<T> work) {
        Mono<T> locked = db.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", learner + "/" + tutorialSlug) // slugs have no '/', so the key is unambiguous
                .then().then(work);
        return transaction.transactional(locked);
    }

    @Override
    public Mono<Submission> latest(String learner, String tutorialSlug) {
        return newest(learner, tutorialSlug, "");
    }

    @Override
    public Mono<Submission> latestCompiled(String learner, String tutorialSlug) {
        return newest(learner, tutorialSlug, " and coalesce(status, feedback->>'status') <> 'INVALID'");
    }

    /** The learner's newest revision of the tutorial among those the (constant) SQL condition keeps. */
    private Mono<Submission> newest(String learner, String tutorialSlug, String andCondition) {
        return db.sql("select " + COLUMNS + " from submission where learner = :learner and tutorial_slug = :slug"
                        + andCondition + " order by revision desc limit 1")
                .bind("learner", learner).bind("slug", tutorialSlug)
                .map(this::read).one();
    }

    @Override
    public Mono<Submission> findByIdempotencyKey(String learner, String idempotencyKey) {
        return db.sql("select " + COLUMNS + " from submission where learner = :learner and idempotency_key = :key")
                .bind("learner", learner).bind("key", idempotencyKey)
                .map(this::read).one();
    }

    @Override
    public Mono<Submission> find(UUID id) {
        return db.sql("select " + COLUMNS + " from submission where id = :id").bind("id", id).map(this::read).one();
    }

    @Override
    public Mono<List<Submission>> page(String tutorialSlug, HistoryCursor after, int size) {
        var spec = db.sql("select " + COLUMNS + " from submission"
                        + " where (cast(:slug as text) is null or tutorial_slug = :slug)"
                        + " and (cast(:afterTime as timestamptz) is null or (created_at, id) > (:afterTime, :afterId))"
                        + " order by created_at, id limit :size")
                .bind("size", size);
        spec = tutorialSlug == null ? spec.bindNull("slug", String.class) : spec.bind("slug", tutorialSlug);
        spec = after == null
                ? spec.bindNull("afterTime", OffsetDateTime.class).bindNull("afterId", UUID.class)
                : spec.bind("afterTime", after.createdAt().atOffset(ZoneOffset.UTC)).bind("afterId", after.id());
        return spec.map(this::read).all().collectList();
    }

    /*
     * One statement: the row, its queued review and the check that the revision it was built on is
     * still the newest with the same review state. A single statement commits on its own, atomically,
     * with no transaction to open and close around it.
     */
    @Override
    public Mono<Submission> insert(Submission s, RevisionBasis previous, String idempotencyKey, boolean enqueueReview) {
        String guard = previous == null ? "" : "\n    where exists (select 1 from submission p"
                + " where p.learner = :learner and p.tutorial_slug = :slug"
                + " and p.revision = :previousRevision and p.llm_state = :previousLlm)";
        var spec = db.sql("""
                        with saved as (
                            insert into submission (id, learner, tutorial_slug, revision, source, created_at, feedback,
                                changes, idempotency_key, status, score_passed, score_total, llm_state, rubric_version,
                                review_note)
                            select :id, :learner, :slug, :revision, :source, :createdAt, :feedback, :changes, :key,
                                :status, :passed, :total, :llm, :rubricVersion, :note""" + guard + """

                            returning id),
                        job as (insert into review_job (submission_id) select id from saved where :enqueue)
                        select count(*) as saved from saved""")
                .bind("id", s.id()).bind("learner", s.learner()).bind("slug", s.tutorialSlug())
                .bind("revision", s.revision()).bind("source", s.source())
                .bind("createdAt", s.createdAt().atOffset(ZoneOffset.UTC))
                .bind("feedback", Json.of(json.writeValueAsString(s.feedback())))
                .bind("status", s.feedback().status().name())
                .bind("passed", s.feedback().score().passed()).bind("total", s.feedback().score().total())
                .bind("llm", s.feedback().llm().name())
                .bind("rubricVersion", Integer.toString(s.feedback().rubricVersion()))
                .bind("enqueue", enqueueReview);
        if (previous != null) {
            spec = spec.bind("previousRevision", previous.revision()).bind("previousLlm", previous.llm().name());
        }
        spec = s.changes() == null ? spec.bindNull("changes", Json.class)
                : spec.bind("changes", Json.of(json.writeValueAsString(s.changes())));
        spec = idempotencyKey == null ? spec.bindNull("key", String.class) : spec.bind("key", idempotencyKey);
        spec = s.reviewNote() == null ? spec.bindNull("note", String.class) : spec.bind("note", s.reviewNote());
        return spec.map(row -> row.get("saved", Long.class)).one()
                .onErrorMap(this::isUniqueViolation, this::translate)
                .flatMap(saved -> saved == 1 ? Mono.just(s)
                        : Mono.error(new RevisionTakenException(null))); // the previous revision changed
    }

    private boolean isUniqueViolation(Throwable e) {
        return e instanceof DataIntegrityViolationException || e instanceof R2dbcDataIntegrityViolationException;
    }

    private Throwable translate(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("submission_idempotency") ? new IdempotencyKeyTakenException(e)
                : new RevisionTakenException(e);
    }

    private Submission read(Readable row) {
        String changes = row.get("changes", Json.class) == null ? null : row.get("changes", Json.class).asString();
        return new Submission(
                row.get("id", UUID.class),
                row.get("learner", String.class),
                row.get("tutorial_slug", String.class),
                row.get("revision", Integer.class),
                row.get("source", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                json.readValue(row.get("feedback", Json.class).asString(), FeedbackReport.class),
                changes == null ? null : json.readValue(changes, RevisionChanges.class),
                row.get("review_note", String.class));
    }
}
