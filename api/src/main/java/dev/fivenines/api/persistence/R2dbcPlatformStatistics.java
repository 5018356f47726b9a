package dev.fivenines.api.persistence;

import dev.fivenines.domain.stats.PlatformStatistics;
import dev.fivenines.domain.stats.TutorialStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Statistics computed by PostgreSQL from the stored feedback (findings are JSON in each row). */
@Repository
class R2dbcPlatformStatistics implements PlatformStatistics {

    private static final String TOTALS = """
            select tutorial_slug, count(*) as attempts, count(distinct learner) as learners
            from submission group by tutorial_slug""";

    /** A revision passes when it compiled and no ESSENTIAL finding is anything but PASS. */
    private static final String FIRST_PASSES = """
            with judged as (
                select learner, tutorial_slug, revision,
                       status <> 'INVALID'
                       and jsonb_array_length(feedback -> 'findings') > 0
                       and not exists (select 1 from jsonb_array_elements(feedback -> 'findings') f
                                       where f ->> 'severity' = 'ESSENTIAL' and f ->> 'verdict' <> 'PASS') as passing
                from submission),
            first_pass as (
                select learner, tutorial_slug, min(revision) as revision from judged where passing
                group by learner, tutorial_slug)
            select tutorial_slug, count(*) as passed,
                   percentile_cont(0.5) within group (order by revision) as median_revisions
            from first_pass group by tutorial_slug""";

    private static final String VERDICTS = """
            with latest as (
                select distinct on (learner, tutorial_slug) tutorial_slug, feedback from submission
                order by learner, tutorial_slug, revision desc)
            select tutorial_slug, f ->> 'criterionId' as criterion, f ->> 'verdict' as verdict, count(*) as n
            from latest, jsonb_array_elements(latest.feedback -> 'findings') f
            group by 1, 2, 3""";

    private final DatabaseClient db;

    R2dbcPlatformStatistics(DatabaseClient db) {
        this.db = db;
    }

    private record Totals(long attempts, long learners) {
    }

    private record Passes(long passed, Double median) {
    }

    private record Verdict(String slug, String criterion, String verdict, long count) {
    }

    @Override
    public Mono<List<TutorialStats>> tutorials() {
        Mono<Map<String, Totals>> totals = db.sql(TOTALS)
                .map(r -> Map.entry(r.get("tutorial_slug", String.class),
                        new Totals(r.get("attempts", Long.class), r.get("learners", Long.class))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<Map<String, Passes>> passes = db.sql(FIRST_PASSES)
                .map(r -> Map.entry(r.get("tutorial_slug", String.class),
                        new Passes(r.get("passed", Long.class), r.get("median_revisions", Double.class))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<List<Verdict>> verdicts = db.sql(VERDICTS)
                .map(r -> new Verdict(r.get("tutorial_slug", String.class), r.get("criterion", String.class),
                        r.get("verdict", String.class), r.get("n", Long.class)))
                .all().collectList();
        return Mono.zip(totals, passes, verdicts).map(t -> combine(t.getT1(), t.getT2(), t.getT3()));
    }

    private static List<TutorialStats> combine(Map<String, Totals> totals, Map<String, Passes> passes,
                                               List<Verdict> verdicts) {
        List<TutorialStats> out = new ArrayList<>();
        new TreeMap<>(totals).forEach((slug, t) -> {
            Passes p = passes.getOrDefault(slug, new Passes(0, null));
            Map<String, long[]> counts = new TreeMap<>();
            verdicts.stream().filter(v -> v.slug().equals(slug)).forEach(v -> {
                long[] c = counts.computeIfAbsent(v.criterion(), k -> new long[4]);
                int index = switch (v.verdict()) {
                    case "PASS" -> 0;
                    case "MISSING" -> 1;
                    case "BROKEN" -> 2;
                    default -> 3;
                };
                c[index] += v.count();
            });
            List<TutorialStats.CriterionStats> criteria = counts.entrySet().stream().map(e -> {
                long[] c = e.getValue();
                long judged = c[0] + c[1] + c[2] + c[3];
                return new TutorialStats.CriterionStats(e.getKey(), judged, c[0], c[1], c[2], c[3],
                        judged == 0 ? 0 : (double) c[0] / judged);
            }).toList();
            out.add(new TutorialStats(slug, t.attempts(), t.learners(), p.passed(), p.median(), criteria));
        });
        return out;
    }
}
