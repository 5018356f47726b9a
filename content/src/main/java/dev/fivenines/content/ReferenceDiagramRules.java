package dev.fivenines.content;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.SourceDiagnostic;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.util.List;

/**
 * The reference diagrams, reviewed with the same engine learners get: the starter must be valid
 * D2 and fail most structural criteria (otherwise there is nothing to learn), the solution must
 * be valid and pass every one (otherwise the rubric or the solution is wrong).
 */
final class ReferenceDiagramRules implements DiagramRules {

    private final DiagramReviewService review;

    ReferenceDiagramRules(DiagramReviewService review) {
        this.review = review;
    }

    @Override
    public void check(Tutorial tutorial, List<ContentProblem> problems) {
        String dir = tutorial.slug() + "/";
        String starter = tutorial.starter().isEmpty() ? "" : tutorial.starter().getFirst().content();
        FeedbackReport starterReport = review.analyze(tutorial, starter);
        if (valid(starterReport, dir + "starter.d2", problems)) {
            long passed = starterReport.findings().stream().filter(f -> f.verdict() == Verdict.PASS)
                    .filter(f -> tutorial.rubric().criterion(f.criterionId()).isPresent()).count();
            int total = starterReport.score().total();
            if (passed * 2 > total) {
                problems.add(new ContentProblem(dir + "starter.d2", 1, "the starter already passes " + passed + " of " + total
                        + " structural criteria; it must fail most of them"));
            }
        }
        FeedbackReport solutionReport = review.analyze(tutorial, tutorial.solution());
        if (valid(solutionReport, dir + "solution.d2", problems)) {
            for (Finding f : solutionReport.findings()) {
                if (f.verdict() != Verdict.PASS) {
                    int line = f.evidence().isEmpty() ? 1 : f.evidence().getFirst().startLine();
                    problems.add(new ContentProblem(dir + "solution.d2", line, "the reference solution gets " + f.verdict()
                            + " on '" + f.criterionId() + "': " + f.message()));
                }
            }
        }
    }

    private static boolean valid(FeedbackReport report, String file, List<ContentProblem> problems) {
        if (report.status() != FeedbackStatus.INVALID) {
            return true;
        }
        for (SourceDiagnostic d : report.diagnostics()) {
            if ("ERROR".equals(d.severity())) {
                problems.add(new ContentProblem(file, d.line(), "not valid D2: " + d.message()));
            }
        }
        return false;
    }
}
