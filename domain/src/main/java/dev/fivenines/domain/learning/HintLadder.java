package dev.fivenines.domain.learning;

import dev.fivenines.domain.common.NotFoundException;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.submission.Submission;
import dev.fivenines.domain.submission.SubmissionStore;
import dev.fivenines.domain.tutorial.Hint;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Inbound use case: hints revealed one at a time. The next hint is the first unrevealed one tied
 * to the learner's most important failing criterion (by severity, then rubric order) in their
 * latest revision that compiled (a D2 typo says nothing about the mechanism); without such a hint,
 * the first unrevealed one in the author's order.
 */
public final class HintLadder {

    /**
     * The hints revealed so far (oldest first) and how many remain.
     *
     * @param noneLeft a reveal was asked for after the last hint: nothing new was revealed
     */
    public record Revealed(List<Hint> hints, int remaining, boolean noneLeft) {
        public Revealed {
            hints = List.copyOf(hints);
        }
    }

    private final TutorialCatalog catalog;
    private final LearningRecords records;
    private final SubmissionStore submissions;

    public HintLadder(TutorialCatalog catalog, LearningRecords records, SubmissionStore submissions) {
        this.catalog = catalog;
        this.records = records;
        this.submissions = submissions;
    }

    public Mono<Revealed> revealed(String learner, String tutorialSlug) {
        return Mono.defer(() -> {
            Tutorial tutorial = tutorial(tutorialSlug);
            return records.revealedHints(learner, tutorialSlug).map(ids -> revealed(tutorial, ids));
        });
    }

    public Mono<Revealed> revealNext(String learner, String tutorialSlug) {
        return Mono.defer(() -> {
            Tutorial tutorial = tutorial(tutorialSlug);
            return records.revealedHints(learner, tutorialSlug).flatMap(ids -> {
                List<Hint> unrevealed = tutorial.hints().stream().filter(h -> !ids.contains(h.id())).toList();
                if (unrevealed.isEmpty()) { // a normal end of the ladder, not a broken link: no error
                    return Mono.just(new Revealed(revealed(tutorial, ids).hints(), 0, true));
                }
                return submissions.latestCompiled(learner, tutorialSlug).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .map(latest -> choose(tutorial, unrevealed, latest))
                        .flatMap(hint -> records.recordReveal(learner, tutorialSlug, hint.id()))
                        .then(revealed(learner, tutorialSlug));
            });
        });
    }

    private Tutorial tutorial(String slug) {
        return catalog.find(slug).orElseThrow(() -> new NotFoundException("There is no available tutorial '" + slug + "'."));
    }

    static Hint choose(Tutorial tutorial, List<Hint> unrevealed, Optional<Submission> latest) {
        List<String> rubricOrder = tutorial.rubric().criteria().stream().map(c -> c.id()).toList();
        return latest.stream()
                .flatMap(s -> s.feedback().findings().stream())
                .filter(f -> f.verdict() == Verdict.MISSING || f.verdict() == Verdict.BROKEN)
                .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> rubricOrder.indexOf(f.criterionId())))
                .flatMap(f -> unrevealed.stream().filter(h -> h.criteria().contains(f.criterionId())))
                .findFirst()
                .orElse(unrevealed.getFirst());
    }

    private static Revealed revealed(Tutorial tutorial, List<String> ids) {
        List<Hint> hints = ids.stream()
                .flatMap(id -> tutorial.hints().stream().filter(h -> h.id().equals(id)))
                .toList();
        return new Revealed(hints, tutorial.hints().size() - hints.size(), false);
    }
}
