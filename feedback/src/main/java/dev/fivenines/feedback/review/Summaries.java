package dev.fivenines.feedback.review;

import dev.fivenines.domain.feedback.FeedbackSummary;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.SourceDiagnostic;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.feedback.check.CriterionResult;
import dev.fivenines.feedback.check.RubricChecker;
import java.util.Comparator;
import java.util.List;

/**
 * Sorting of findings and the learner-facing summary: what holds up, what is missing, what breaks,
 * what next. The summary lists exactly the criteria the score counts (the built-in artifact-type
 * finding is reported as a finding and may be the next revision, but is not counted or listed).
 */
final class Summaries {

    private Summaries() {
    }

    /** Severity, then verdict (BROKEN, MISSING, UNCLEAR, PASS), then rubric order. */
    static Comparator<CriterionResult> order(List<CriterionResult> inRubricOrder) {
        return Comparator.comparing((CriterionResult r) -> r.finding().severity())
                .thenComparingInt(r -> r.finding().verdict().reportOrder())
                .thenComparingInt(inRubricOrder::indexOf);
    }

    /**
     * @param inRubricOrder the results as the checker gives them (artifact type, then rubric order)
     * @param sorted        the same results in report order
     * @param stretch       the rubric's next step for a full pass (may be empty)
     */
    static FeedbackSummary of(List<CriterionResult> inRubricOrder, List<CriterionResult> sorted, String stretch) {
        List<CriterionResult> counted = sorted.stream().filter(r -> !RubricChecker.isBuiltIn(r.finding().criterionId())).toList();
        List<String> holdsUp = titles(counted, Verdict.PASS);
        List<String> missing = titles(counted, Verdict.MISSING);
        List<String> breaks = titles(counted, Verdict.BROKEN);
        return new FeedbackSummary(holdsUp, missing, breaks, nextRevision(inRubricOrder, stretch));
    }

    static FeedbackSummary invalid(List<SourceDiagnostic> diagnostics) {
        String next = diagnostics.stream().filter(d -> "ERROR".equals(d.severity())).findFirst()
                .map(d -> "Fix the D2 error on line " + d.line() + ": " + d.message() + ". Then submit again to get feedback on the mechanism.")
                .orElse("Fix the D2 errors, then submit again to get feedback on the mechanism.");
        return new FeedbackSummary(List.of(), List.of(), List.of(), next);
    }

    /**
     * The fix of the most important criterion that does not pass: the highest severity; within it
     * a definite MISSING or BROKEN (confident evidence) before an UNCLEAR question; then the
     * earliest in the rubric (authors list criteria in the order the mechanism is built). When
     * everything passes, the rubric's stretch goal.
     */
    private static String nextRevision(List<CriterionResult> inRubricOrder, String stretch) {
        Comparator<CriterionResult> importance = Comparator.comparing((CriterionResult r) -> r.finding().severity())
                .thenComparingInt(r -> isFailure(r.finding().verdict()) ? 0 : 1);
        return inRubricOrder.stream().filter(r -> r.finding().verdict() != Verdict.PASS).min(importance)
                .map(CriterionResult::fix)
                .orElse(stretch == null || stretch.isBlank() ? "Everything this rubric checks holds up."
                        : "Everything this rubric checks holds up. To go further: " + stretch);
    }


    private static boolean isFailure(Verdict v) {
        return v == Verdict.MISSING || v == Verdict.BROKEN;
    }

    private static List<String> titles(List<CriterionResult> sorted, Verdict verdict) {
        return sorted.stream().map(CriterionResult::finding).filter(f -> f.verdict() == verdict).map(Finding::title).toList();
    }

}
