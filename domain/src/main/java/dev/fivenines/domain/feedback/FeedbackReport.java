package dev.fivenines.domain.feedback;

import java.util.List;

/**
 * The feedback on one submission, in the pinned shape of ARCHITECTURE.md section 5. Findings and
 * diagnostics are sorted (severity, then position, then id), so the same input gives the same
 * report.
 *
 * @param llm      the state of the LLM review
 * @param unjudged ids of criteria only the LLM can judge that have no verdict yet (empty when the
 *                 LLM review is done)
 * @param reading  how the diagram's elements were read for the rubric's roles (empty when the
 *                 diagram did not compile, and in reports stored before it existed)
 */
public record FeedbackReport(
        FeedbackStatus status,
        int rubricVersion,
        Score score,
        List<Finding> findings,
        List<SourceDiagnostic> diagnostics,
        FeedbackSummary summary,
        ReviewState llm,
        List<String> unjudged,
        Reading reading) {

    public FeedbackReport {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        unjudged = List.copyOf(unjudged);
        reading = reading == null ? Reading.EMPTY : reading;
    }

    /** A report without a reading (an invalid diagram, or a test). */
    public FeedbackReport(FeedbackStatus status, int rubricVersion, Score score, List<Finding> findings,
                          List<SourceDiagnostic> diagnostics, FeedbackSummary summary, ReviewState llm,
                          List<String> unjudged) {
        this(status, rubricVersion, score, findings, diagnostics, summary, llm, unjudged, Reading.EMPTY);
    }
}
