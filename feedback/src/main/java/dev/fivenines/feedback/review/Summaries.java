package dev.fivenines.feedback.review;

import dev.fivenines.domain.feedback.Evidence;
import dev.fivenines.domain.feedback.FeedbackSummary;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.SourceDiagnostic;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.feedback.check.CriterionResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Sorting of findings and the learner-facing summary: what holds up, what is missing, what breaks, what next. */
final class Summaries {

    /** Severity, then the first evidence position (findings without evidence last), then id. */
    static final Comparator<CriterionResult> ORDER = Comparator
            .comparing((CriterionResult r) -> r.finding().severity())
            .thenComparingInt(r -> firstEvidence(r.finding()).map(Evidence::startLine).orElse(Integer.MAX_VALUE))
            .thenComparingInt(r -> firstEvidence(r.finding()).map(Evidence::startColumn).orElse(Integer.MAX_VALUE))
            .thenComparing(r -> r.finding().criterionId());

    private Summaries() {
    }

    /**
     * @param inRubricOrder the results as the checker gives them (artifact type, then rubric order)
     * @param sorted        the same results in report order
     */
    static FeedbackSummary of(List<CriterionResult> inRubricOrder, List<CriterionResult> sorted) {
        List<String> holdsUp = titles(sorted, Verdict.PASS);
        List<String> missing = titles(sorted, Verdict.MISSING);
        List<String> breaks = titles(sorted, Verdict.BROKEN);
        return new FeedbackSummary(holdsUp, missing, breaks, nextRevision(inRubricOrder));
    }

    static FeedbackSummary invalid(List<SourceDiagnostic> diagnostics) {
        String next = diagnostics.stream().filter(d -> "ERROR".equals(d.severity())).findFirst()
                .map(d -> "Fix the D2 error on line " + d.line() + ": " + d.message() + ". Then submit again to get feedback on the mechanism.")
                .orElse("Fix the D2 errors, then submit again to get feedback on the mechanism.");
        return new FeedbackSummary(List.of(), List.of(), List.of(), next);
    }

    /**
     * The fix of the most important failing criterion: a definite MISSING or BROKEN of the highest
     * severity, the earliest in the rubric (authors list criteria in the order the mechanism is
     * built), else an UNCLEAR one; empty when everything passes.
     */
    private static String nextRevision(List<CriterionResult> inRubricOrder) {
        Comparator<CriterionResult> bySeverity = Comparator.comparing(r -> r.finding().severity());
        return inRubricOrder.stream().filter(r -> isFailure(r.finding().verdict())).min(bySeverity)
                .or(() -> inRubricOrder.stream().filter(r -> r.finding().verdict() == Verdict.UNCLEAR).min(bySeverity))
                .map(CriterionResult::fix).orElse("");
    }

    private static boolean isFailure(Verdict v) {
        return v == Verdict.MISSING || v == Verdict.BROKEN;
    }

    private static List<String> titles(List<CriterionResult> sorted, Verdict verdict) {
        return sorted.stream().map(CriterionResult::finding).filter(f -> f.verdict() == verdict).map(Finding::title).toList();
    }

    private static Optional<Evidence> firstEvidence(Finding f) {
        return f.evidence().isEmpty() ? Optional.empty() : Optional.of(f.evidence().getFirst());
    }
}
