package dev.fivenines.domain.feedback;

import java.util.List;

/**
 * The feedback on one submission, in the pinned shape of ARCHITECTURE.md section 5. Findings and
 * diagnostics are sorted (severity, then position, then id), so the same input gives the same
 * report.
 */
public record FeedbackReport(
        FeedbackStatus status,
        int rubricVersion,
        Score score,
        List<Finding> findings,
        List<SourceDiagnostic> diagnostics,
        FeedbackSummary summary,
        ReviewState llm) {

    public FeedbackReport {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }
}
