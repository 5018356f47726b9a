package dev.fivenines.domain.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.feedback.DiagramAnalyzer;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.FeedbackSummary;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Score;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.Level;
import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The submit path's three ways to the previous revision: this instance's memory (checked by the
 * store), a read back, and the learner's lock after a lost race. The store here enforces what the
 * database does: unique revision numbers and the check of the basis a revision was built on.
 */
class SubmissionServiceTest {

    private static final String LEARNER = "ada";
    private static final String SLUG = "t";

    private final FakeStore store = new FakeStore();
    private final RecentRevisions memory = new MapRecentRevisions();
    private final SubmissionService service = new SubmissionService(catalog(), SubmissionServiceTest::analyze,
            source -> new DiagramOutline(Map.of(source.strip(), source.strip()), Map.of()), store, memory,
            BoundedWork.inline(), Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC), UUID::randomUUID, false);

    @Test
    void submitWhenThisInstanceRemembersThePreviousRevisionThenSavesWithoutReadingIt() {
        submit("missing");
        Submission second = submit("ok");

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.changes().fixed()).containsExactly("c");
        assertThat(second.changes().diagram().shapesAdded()).containsExactly("ok");
        assertThat(store.reads).isEqualTo(1); // the first revision's check that there is none before it
        assertThat(store.locks).isZero();
    }

    @Test
    void submitWhenTheRememberedRevisionGotItsReviewElsewhereThenComparesWithTheStoredVerdicts() {
        submit("missing");
        // Another instance's LLM review lands on revision 1 and passes the criterion.
        store.review(1, Verdict.PASS);

        Submission second = submit("missing again");

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.changes().newlyBroken()).containsExactly("c");
        assertThat(second.changes().fixed()).isEmpty();
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void submitWhenAnotherInstanceSavedTheNextRevisionThenBuildsOnThatOne() {
        submit("missing");
        store.saveElsewhere("ok elsewhere", Verdict.PASS);

        Submission third = submit("missing");

        assertThat(third.revision()).isEqualTo(3);
        assertThat(third.changes().previousRevision()).isEqualTo(2);
        assertThat(third.changes().newlyBroken()).containsExactly("c");
        assertThat(store.revisions()).containsExactly(1, 2, 3);
    }

    @Test
    void submitWhenTheCheckKeepsFailingThenSavesUnderTheLearnersLockWithoutIt() {
        submit("missing");
        store.refuseEveryCheckedSave = true; // e.g. a row whose review state column disagrees with its feedback

        Submission second = submit("ok");

        assertThat(second.revision()).isEqualTo(2);
        assertThat(store.locks).isEqualTo(1);
        assertThat(store.revisions()).containsExactly(1, 2);
    }

    @Test
    void submitWhenNothingRememberedThenReadsThePreviousRevision() {
        var forgetful = new SubmissionService(catalog(), SubmissionServiceTest::analyze,
                source -> new DiagramOutline(Map.of(), Map.of()), store, RecentRevisions.none(), BoundedWork.inline(),
                Clock.systemUTC(), UUID::randomUUID, false);
        forgetful.submit(new SubmitCommand(LEARNER, SLUG, "missing", null)).block();
        Submission second = forgetful.submit(new SubmitCommand(LEARNER, SLUG, "ok", null)).block().submission();

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.changes().fixed()).containsExactly("c");
        assertThat(store.reads).isEqualTo(2);
    }

    private Submission submit(String source) {
        return service.submit(new SubmitCommand(LEARNER, SLUG, source, null)).block().submission();
    }

    /** One criterion "c": passes when the source starts with "ok". */
    private static FeedbackReport analyze(Tutorial tutorial, String source) {
        return report(source.startsWith("ok") ? Verdict.PASS : Verdict.MISSING, ReviewState.DISABLED);
    }

    private static FeedbackReport report(Verdict verdict, ReviewState llm) {
        var finding = new Finding("c", "C", verdict, Severity.ESSENTIAL, Origin.STRUCTURAL, "m", List.of());
        return new FeedbackReport(FeedbackStatus.COMPLETE, 1, new Score(verdict == Verdict.PASS ? 1 : 0, 1),
                List.of(finding), List.of(), new FeedbackSummary(List.of(), List.of(), List.of(), ""), llm, List.of());
    }

    private static TutorialCatalog catalog() {
        var summary = new TutorialSummary(SLUG, 1, Level.FOUNDATION, 10, "T", "S", List.of(),
                ArtifactType.SEQUENCE_DIAGRAM, true);
        var tutorial = new Tutorial(summary, "brief", List.of(), List.of(), List.of(), List.of(),
                new Rubric(1, Map.of(), List.of()), List.of(), "");
        return new TutorialCatalog() {
            @Override
            public List<TutorialSummary> list() {
                return List.of(summary);
            }

            @Override
            public Optional<Tutorial> find(String slug) {
                return slug.equals(SLUG) ? Optional.of(tutorial) : Optional.empty();
            }
        };
    }

    /** One learner's rows, with the database's two refusals. */
    private static final class FakeStore implements SubmissionStore {
        private final Map<Integer, Submission> rows = new LinkedHashMap<>();
        int reads;
        int locks;
        boolean refuseEveryCheckedSave;

        @Override
        public <T> Mono<T> serialized(String learner, String tutorialSlug, Mono<T> work) {
            locks++;
            return work;
        }

        @Override
        public Mono<Submission> latest(String learner, String tutorialSlug) {
            return Mono.fromCallable(() -> {
                reads++;
                return rows.isEmpty() ? null : rows.get(rows.size());
            });
        }

        @Override
        public Mono<Submission> latestCompiled(String learner, String tutorialSlug) {
            return Mono.fromCallable(() -> {
                reads++;
                return rows.values().stream().filter(s -> s.feedback().status() != FeedbackStatus.INVALID)
                        .reduce((a, b) -> b).orElse(null);
            });
        }

        @Override
        public Mono<Submission> findByIdempotencyKey(String learner, String idempotencyKey) {
            return Mono.empty();
        }

        @Override
        public Mono<Submission> find(UUID id) {
            return Mono.justOrEmpty(rows.values().stream().filter(s -> s.id().equals(id)).findFirst());
        }

        @Override
        public synchronized Mono<Submission> insert(Submission s, RevisionBasis previous, String key, boolean review) {
            Submission stored = previous == null ? null : rows.get(previous.revision());
            boolean stale = previous != null
                    && (refuseEveryCheckedSave || stored == null || stored.feedback().llm() != previous.llm());
            if (rows.containsKey(s.revision()) || stale) {
                return Mono.error(new RevisionTakenException(null));
            }
            rows.put(s.revision(), s);
            return Mono.just(s);
        }

        void review(int revision, Verdict verdict) {
            Submission s = rows.get(revision);
            rows.put(revision, new Submission(s.id(), s.learner(), s.tutorialSlug(), revision, s.source(),
                    s.createdAt(), report(verdict, ReviewState.DONE), s.changes(), null));
        }

        void saveElsewhere(String source, Verdict verdict) {
            int revision = rows.size() + 1;
            rows.put(revision, new Submission(UUID.randomUUID(), LEARNER, SLUG, revision, source, Instant.now(),
                    report(verdict, ReviewState.DISABLED), null, null));
        }

        List<Integer> revisions() {
            return new ArrayList<>(rows.keySet());
        }
    }

    private static final class MapRecentRevisions implements RecentRevisions {
        private final Map<String, RevisionBasis> map = new ConcurrentHashMap<>();

        @Override
        public Optional<RevisionBasis> newest(String learner, String tutorialSlug) {
            return Optional.ofNullable(map.get(learner + "/" + tutorialSlug));
        }

        @Override
        public void remember(String learner, String tutorialSlug, RevisionBasis basis) {
            map.merge(learner + "/" + tutorialSlug, basis, (a, b) -> b.revision() >= a.revision() ? b : a);
        }

        @Override
        public void forget(String learner, String tutorialSlug) {
            map.remove(learner + "/" + tutorialSlug);
        }
    }
}
