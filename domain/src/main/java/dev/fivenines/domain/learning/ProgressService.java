package dev.fivenines.domain.learning;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/** Inbound use case: a learner's progress through the whole catalog. */
public final class ProgressService {

    private final TutorialCatalog catalog;
    private final ProgressRecords records;

    public ProgressService(TutorialCatalog catalog, ProgressRecords records) {
        this.catalog = catalog;
        this.records = records;
    }

    public Mono<Progress> progress(String learner) {
        return records.activity(learner).map(activity -> new Progress(catalog.list().stream()
                .map(t -> tutorial(t, activity.getOrDefault(t.slug(), TutorialActivity.none(t.slug()))))
                .toList()));
    }

    private Progress.TutorialProgress tutorial(TutorialSummary summary, TutorialActivity activity) {
        List<Criterion> criteria = catalog.find(summary.slug()).map(t -> t.rubric().criteria()).orElse(List.of());
        FeedbackReport latest = activity.latestFeedback();
        List<Progress.CriterionState> states = criteria.stream()
                .map(c -> new Progress.CriterionState(c.id(), c.title(), c.severity().name(),
                        verdict(latest, c.id()).map(Verdict::name).orElse(null)))
                .toList();
        return new Progress.TutorialProgress(summary, activity, completed(criteria, activity), states);
    }

    /** Completed once earned: some compiled revision passed every essential criterion; later ones cannot undo it. */
    private static boolean completed(List<Criterion> criteria, TutorialActivity activity) {
        Set<String> essential = criteria.stream().filter(c -> c.severity() == Severity.ESSENTIAL)
                .map(Criterion::id).collect(Collectors.toSet());
        return !criteria.isEmpty() && activity.passedByRevision().stream().anyMatch(passed -> passed.containsAll(essential));
    }

    private static Optional<Verdict> verdict(FeedbackReport report, String criterionId) {
        if (report == null) {
            return Optional.empty();
        }
        return report.findings().stream().filter(f -> f.criterionId().equals(criterionId))
                .map(Finding::verdict).findFirst();
    }
}
