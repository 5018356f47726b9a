package dev.fivenines.domain.submission;

import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.common.ConflictException;
import dev.fivenines.domain.common.NotFoundException;
import dev.fivenines.domain.feedback.DiagramAnalyzer;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Pending;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Inbound use case: submit a diagram. The deterministic review runs first (pure, fast, on the
 * bounded work pool, so a hostile diagram can hold up no one else), then the submission and its
 * feedback are saved together; nothing slow happens before the save.
 */
public final class SubmissionService {

    /** Result of a submit: the submission, and whether it was replayed from an earlier identical request. */
    public record Submitted(Submission submission, boolean replayed) {
    }

    private final TutorialCatalog catalog;
    private final DiagramAnalyzer analyzer;
    private final DiagramOutliner outliner;
    private final SubmissionStore store;
    private final RecentRevisions recent;
    private final BoundedWork work;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final boolean reviewsEnabled;

    /** Why a submission got no LLM review although reviews are on. */
    static final String NOT_REVIEWED = "The LLM review runs once the diagram compiles; fix the errors above first.";

    /**
     * @param work           where parsing, compiling and checking run (never the caller's thread in the server)
     * @param reviewsEnabled queue an LLM review for every submission whose diagram compiles
     */
    public SubmissionService(TutorialCatalog catalog, DiagramAnalyzer analyzer, DiagramOutliner outliner,
                             SubmissionStore store, RecentRevisions recent, BoundedWork work, Clock clock,
                             Supplier<UUID> ids, boolean reviewsEnabled) {
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.outliner = outliner;
        this.store = store;
        this.recent = recent;
        this.work = work;
        this.clock = clock;
        this.ids = ids;
        this.reviewsEnabled = reviewsEnabled;
    }

    public Mono<Submitted> submit(SubmitCommand command) {
        return Mono.defer(() -> {
            Tutorial tutorial = catalog.find(command.tutorialSlug()).orElseThrow(() ->
                    new NotFoundException("There is no available tutorial '" + command.tutorialSlug() + "'."));
            Mono<Submitted> fresh = work.run(() -> analyse(tutorial, command.source()))
                    .flatMap(analysed -> Mono.defer(() -> submitNew(command, analysed))
                            .retryWhen(Retry.backoff(5, Duration.ofMillis(5))
                                    .filter(SubmissionStore.RevisionTakenException.class::isInstance)));
            if (command.idempotencyKey() == null) {
                return fresh;
            }
            Mono<Submitted> earlier = store.findByIdempotencyKey(command.learner(), command.idempotencyKey())
                    .map(saved -> replay(saved, command));
            return earlier.switchIfEmpty(fresh.onErrorResume(SubmissionStore.IdempotencyKeyTakenException.class,
                    raced -> earlier));
        });
    }

    private static Submitted replay(Submission earlier, SubmitCommand command) {
        if (!earlier.tutorialSlug().equals(command.tutorialSlug()) || !earlier.source().equals(command.source())) {
            throw new ConflictException("The Idempotency-Key was already used for a different submission.");
        }
        return new Submitted(earlier, true);
    }

    /*
     * Three ways to the previous revision, cheapest first. This instance usually remembers it, and
     * then the save is a single statement that also checks the memory is still true. Otherwise the
     * previous revision is read back and the next saved without a lock. Only after losing a race for
     * the revision number does a submission take the learner's lock, read again and save.
     */
    private Mono<Submitted> submitNew(SubmitCommand command, Analysed analysed) {
        boolean review = reviewsEnabled && Pending.reviewable(analysed.structural());
        FeedbackReport feedback = review ? Pending.awaitingReview(analysed.structural()) : analysed.structural();
        DiagramOutline outline = analysed.outline();
        String learner = command.learner();
        String slug = command.tutorialSlug();
        BiFunction<Optional<RevisionBasis>, Boolean, Mono<Submission>> saveAfter = (previous, checked) -> {
            Submission next = new Submission(ids.get(), learner, slug, previous.map(p -> p.revision() + 1).orElse(1),
                    command.source(), clock.instant(), feedback,
                    Revisions.changes(previous.orElse(null), feedback, outline),
                    reviewsEnabled && !review ? NOT_REVIEWED : null);
            RevisionBasis.Compiled compiledBefore = previous.map(RevisionBasis::lastCompiled).orElse(null);
            return store.insert(next, checked ? previous.orElse(null) : null, command.idempotencyKey(), review)
                    .doOnNext(saved -> recent.remember(learner, slug, RevisionBasis.of(saved, outline, compiledBefore)));
        };
        Function<Boolean, Mono<Submission>> readBack = checked -> readBasis(learner, slug)
                .defaultIfEmpty(Optional.empty())
                .flatMap(previous -> saveAfter.apply(previous, checked));
        Mono<Submission> remembered = Mono.defer(() -> recent.newest(learner, slug)
                .map(previous -> saveAfter.apply(Optional.of(previous), true))
                .orElse(readBack.apply(true)));
        // Under the lock the revision just read is the newest one, so only the unique revision
        // number guards that save; the check of its review state could otherwise fail every retry.
        return remembered
                .onErrorResume(SubmissionStore.RevisionTakenException.class, stale -> {
                    recent.forget(learner, slug);
                    return readBack.apply(true);
                })
                .onErrorResume(SubmissionStore.RevisionTakenException.class,
                        raced -> store.serialized(learner, slug, readBack.apply(false)))
                .map(saved -> new Submitted(saved, false));
    }

    /**
     * The newest revision read back from the store, with the newest one that compiled (the same one
     * unless the newest is invalid); their outlines are computed on the work pool.
     */
    private Mono<Optional<RevisionBasis>> readBasis(String learner, String slug) {
        return store.latest(learner, slug).flatMap(newest -> {
            Mono<Optional<Submission>> compiled = RevisionBasis.compiled(newest.feedback())
                    ? Mono.just(Optional.empty())
                    : store.latestCompiled(learner, slug).map(Optional::of).defaultIfEmpty(Optional.empty());
            return compiled.flatMap(earlier -> work.run(() -> Optional.of(RevisionBasis.of(newest,
                    outliner.outline(newest.source()),
                    earlier.map(c -> RevisionBasis.Compiled.of(c, outliner.outline(c.source()))).orElse(null)))));
        });
    }

    /** The CPU-bound part of a submission: its review and its outline, computed together on the work pool. */
    private Analysed analyse(Tutorial tutorial, String source) {
        return new Analysed(analyzer.analyze(tutorial, source), outliner.outline(source));
    }

    private record Analysed(FeedbackReport structural, DiagramOutline outline) {
    }
}
