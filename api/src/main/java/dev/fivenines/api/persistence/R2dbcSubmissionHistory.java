package dev.fivenines.api.persistence;

import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Score;
import dev.fivenines.domain.submission.HistoryCursor;
import dev.fivenines.domain.submission.SubmissionHistory;
import dev.fivenines.domain.submission.SubmissionPage;
import dev.fivenines.domain.submission.SubmissionSummary;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Keyset pagination over (created_at, id), newest first. Results are collected into a list
 * before they leave: a cancelled {@code Flux} from R2DBC can leak pool connections
 * (STACK-NOTES gotcha 2), and pages are bounded anyway.
 */
@Repository
class R2dbcSubmissionHistory implements SubmissionHistory {

    private static final String SELECT = """
            select id, tutorial_slug, revision, created_at,
                   coalesce(status, feedback->>'status') as status,
                   coalesce(score_passed, (feedback->'score'->>'passed')::int) as passed,
                   coalesce(score_total, (feedback->'score'->>'total')::int) as total,
                   coalesce(llm_state, feedback->>'llm') as llm
            from submission
            where learner = :learner
              and (cast(:tutorial as text) is null or tutorial_slug = :tutorial)
              and (cast(:afterTime as timestamptz) is null or (created_at, id) < (:afterTime, :afterId))
            order by created_at desc, id desc
            limit :limit
            """;

    private final DatabaseClient db;

    R2dbcSubmissionHistory(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<SubmissionPage> history(String learner, String tutorialSlug, HistoryCursor after, int limit) {
        var spec = db.sql(SELECT)
                .bind("learner", learner)
                .bind("limit", limit + 1);
        spec = tutorialSlug == null ? spec.bindNull("tutorial", String.class) : spec.bind("tutorial", tutorialSlug);
        spec = after == null
                ? spec.bindNull("afterTime", OffsetDateTime.class).bindNull("afterId", UUID.class)
                : spec.bind("afterTime", after.createdAt().atOffset(java.time.ZoneOffset.UTC)).bind("afterId", after.id());
        return spec.map((row, meta) -> new SubmissionSummary(
                        row.get("id", UUID.class),
                        row.get("tutorial_slug", String.class),
                        row.get("revision", Integer.class),
                        row.get("created_at", OffsetDateTime.class).toInstant(),
                        outcome(row.get("status", String.class), FeedbackStatus::valueOf),
                        score(row.get("passed", Integer.class), row.get("total", Integer.class)),
                        outcome(row.get("llm", String.class), ReviewState::valueOf)))
                .all()
                .collectList()
                .map(rows -> page(rows, limit));
    }

    /** Null for a row stored without feedback (the schema allows it; rows from before V2). */
    private static <T> T outcome(String stored, java.util.function.Function<String, T> parse) {
        return stored == null ? null : parse.apply(stored);
    }

    private static Score score(Integer passed, Integer total) {
        return passed == null || total == null ? null : new Score(passed, total);
    }

    private static SubmissionPage page(List<SubmissionSummary> rows, int limit) {
        if (rows.size() <= limit) {
            return new SubmissionPage(rows, null);
        }
        List<SubmissionSummary> items = rows.subList(0, limit);
        SubmissionSummary last = items.getLast();
        return new SubmissionPage(items, new HistoryCursor(last.createdAt(), last.id()));
    }
}
