package dev.fivenines.api.persistence;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.learning.LearningRecords;
import dev.fivenines.domain.learning.ProgressRecords;
import dev.fivenines.domain.learning.TutorialActivity;
import io.r2dbc.postgresql.codec.Json;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Practice answers, revealed hints, and the per-tutorial aggregates that progress is made of. */
@Repository
class R2dbcLearningRecords implements LearningRecords, ProgressRecords {

    private final DatabaseClient db;
    private final JsonMapper json = JsonMapper.builder().build();

    R2dbcLearningRecords(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> recordAttempt(String learner, String slug, String checkId, String answer, boolean correct) {
        return db.sql("insert into practice_attempt (id, learner, tutorial_slug, check_id, answer, correct)"
                        + " values (:id, :learner, :slug, :check, :answer, :correct)")
                .bind("id", UUID.randomUUID()).bind("learner", learner).bind("slug", slug)
                .bind("check", checkId).bind("answer", answer).bind("correct", correct)
                .then();
    }

    @Override
    public Mono<List<String>> revealedHints(String learner, String slug) {
        return db.sql("select hint_id from hint_reveal where learner = :learner and tutorial_slug = :slug"
                        + " order by revealed_at, hint_id")
                .bind("learner", learner).bind("slug", slug)
                .map(row -> row.get("hint_id", String.class)).all().collectList();
    }

    @Override
    public Mono<Void> recordReveal(String learner, String slug, String hintId) {
        return db.sql("insert into hint_reveal (learner, tutorial_slug, hint_id) values (:learner, :slug, :hint)"
                        + " on conflict do nothing")
                .bind("learner", learner).bind("slug", slug).bind("hint", hintId).then();
    }

    @Override
    public Mono<Map<String, TutorialActivity>> activity(String learner) {
        return Mono.zip(submissions(learner), latestFeedback(learner), passedByRevision(learner), counts(learner,
                        "select tutorial_slug, count(*) as n, 0 as m from hint_reveal where learner = :learner"
                                + " group by tutorial_slug"),
                        counts(learner, "select tutorial_slug, count(distinct check_id) as n,"
                                + " count(distinct check_id) filter (where correct) as m from practice_attempt"
                                + " where learner = :learner group by tutorial_slug"))
                .map(t -> combine(t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5()));
    }

    private record Totals(long revisions, int bestPassed, int total) {
    }

    private Mono<Map<String, Totals>> submissions(String learner) {
        return db.sql("select tutorial_slug, count(*) as revisions, coalesce(max(score_passed), 0) as best,"
                        + " coalesce(max(score_total), 0) as total from submission where learner = :learner"
                        + " group by tutorial_slug")
                .bind("learner", learner)
                .map(row -> Map.entry(row.get("tutorial_slug", String.class), new Totals(row.get("revisions", Long.class),
                        row.get("best", Integer.class), row.get("total", Integer.class))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static final String COMPILED = " and coalesce(status, feedback->>'status') <> 'INVALID'";

    private Mono<Map<String, FeedbackReport>> latestFeedback(String learner) {
        return db.sql("select distinct on (tutorial_slug) tutorial_slug, feedback from submission"
                        + " where learner = :learner" + COMPILED + " order by tutorial_slug, revision desc")
                .bind("learner", learner)
                .map(row -> Map.entry(row.get("tutorial_slug", String.class),
                        json.readValue(row.get("feedback", Json.class).asString(), FeedbackReport.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Per tutorial, the criteria each compiled revision passed: whether the tutorial was ever completed. */
    private Mono<Map<String, List<Set<String>>>> passedByRevision(String learner) {
        return db.sql("select tutorial_slug, coalesce(array_agg(f->>'criterionId') filter (where f->>'verdict' = 'PASS'),"
                        + " '{}') as passed from submission cross join lateral jsonb_array_elements(feedback->'findings') f"
                        + " where learner = :learner" + COMPILED + " group by tutorial_slug, revision")
                .bind("learner", learner)
                .map(row -> Map.entry(row.get("tutorial_slug", String.class),
                        Set.copyOf(Arrays.asList(row.get("passed", String[].class)))))
                .all().collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
                .map(bySlug -> {
                    Map<String, List<Set<String>>> out = new HashMap<>();
                    bySlug.forEach((slug, sets) -> out.put(slug, List.copyOf(sets)));
                    return out;
                });
    }

    private Mono<Map<String, long[]>> counts(String learner, String sql) {
        return db.sql(sql).bind("learner", learner)
                .map(row -> Map.entry(row.get("tutorial_slug", String.class),
                        new long[] {row.get("n", Long.class), row.get("m", Long.class)}))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static Map<String, TutorialActivity> combine(Map<String, Totals> totals, Map<String, FeedbackReport> latest,
                                                         Map<String, List<Set<String>>> passed,
                                                         Map<String, long[]> hints, Map<String, long[]> practice) {
        Map<String, TutorialActivity> out = new HashMap<>();
        java.util.Set<String> slugs = new java.util.TreeSet<>(totals.keySet());
        slugs.addAll(hints.keySet());
        slugs.addAll(practice.keySet());
        for (String slug : slugs) {
            Totals t = totals.getOrDefault(slug, new Totals(0, 0, 0));
            long[] h = hints.getOrDefault(slug, new long[2]);
            long[] p = practice.getOrDefault(slug, new long[2]);
            out.put(slug, new TutorialActivity(slug, (int) t.revisions(), t.bestPassed(), t.total(), latest.get(slug),
                    passed.getOrDefault(slug, List.of()), (int) h[0], (int) p[0], (int) p[1]));
        }
        return out;
    }
}
