package dev.fivenines.api.web;

import dev.fivenines.domain.feedback.Evidence;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.SourceDiagnostic;
import dev.fivenines.domain.submission.DiagramDiff;
import dev.fivenines.domain.submission.RevisionChanges;
import dev.fivenines.domain.submission.Submission;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The submission and feedback JSON shapes (ARCHITECTURE.md section 5, pinned), mapped from the domain. */
final class FeedbackViews {

    private FeedbackViews() {
    }

    /** @param changes what changed since the previous revision; null for revision 1 */
    record SubmissionView(UUID id, String tutorial, int revision, Instant createdAt, String source,
                          FeedbackView feedback, ChangesView changes) {
        static SubmissionView of(Submission s) {
            return new SubmissionView(s.id(), s.tutorialSlug(), s.revision(), s.createdAt(), s.source(),
                    FeedbackView.of(s.feedback(), s.reviewNote()), s.changes() == null ? null : ChangesView.of(s.changes()));
        }
    }

    /** @param status COMPLETE, PARTIAL (LLM review pending or failed) or INVALID (the D2 did not compile) */
    record FeedbackView(String status, int rubricVersion, ScoreView score, List<FindingView> findings,
                        List<DiagnosticView> diagnostics, FeedbackSummaryView summary, ReviewView review) {
        static FeedbackView of(FeedbackReport r) {
            return of(r, null);
        }

        /** @param reviewNote why the LLM review failed or was skipped, or null */
        static FeedbackView of(FeedbackReport r, String reviewNote) {
            return new FeedbackView(r.status().name(), r.rubricVersion(),
                    new ScoreView(r.score().passed(), r.score().total()),
                    r.findings().stream().map(FindingView::of).toList(),
                    r.diagnostics().stream().map(DiagnosticView::of).toList(),
                    new FeedbackSummaryView(r.summary().holdsUp(), r.summary().missing(), r.summary().breaks(),
                            r.summary().nextRevision()),
                    new ReviewView(r.llm().id(), r.unjudged(),
                            reviewNote == null || reviewNote.isBlank() ? null : reviewNote));
        }
    }

    record ScoreView(int passed, int total) {
    }

    /**
     * @param verdict  PASS, MISSING, BROKEN or UNCLEAR
     * @param severity ESSENTIAL, ACTIONABLE, INFORMATIVE or CELEBRATORY
     * @param origin   STRUCTURAL, LLM or BOTH
     */
    record FindingView(String criterionId, String title, String verdict, String severity, String origin,
                       String message, List<EvidenceView> evidence) {
        static FindingView of(Finding f) {
            return new FindingView(f.criterionId(), f.title(), f.verdict().name(), f.severity().name(),
                    f.origin().name(), f.message(), f.evidence().stream().map(EvidenceView::of).toList());
        }
    }

    /** Lines and columns are 1-based; columns count UTF-16 code units; the end is exclusive. */
    record EvidenceView(int startLine, int startColumn, int endLine, int endColumn, List<String> elementIds) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.startLine(), e.startColumn(), e.endLine(), e.endColumn(), e.elementIds());
        }
    }

    /** @param severity ERROR, WARNING or INFO */
    record DiagnosticView(String severity, String message, int line, int column) {
        static DiagnosticView of(SourceDiagnostic d) {
            return new DiagnosticView(d.severity(), d.message(), d.line(), d.column());
        }
    }

    record FeedbackSummaryView(List<String> holdsUp, List<String> missing, List<String> breaks, String nextRevision) {
    }

    /**
     * @param llm      disabled, pending, done or failed
     * @param unjudged criteria only the LLM can judge that have no verdict yet
     * @param reason   when the LLM review failed or was skipped, why, in words for the learner
     */
    record ReviewView(String llm, List<String> unjudged, String reason) {
    }

    record ChangesView(int previousRevision, List<String> fixed, List<String> stillOpen, List<String> newlyBroken,
                       DiagramDiff diagram) {
        static ChangesView of(RevisionChanges c) {
            return new ChangesView(c.previousRevision(), c.fixed(), c.stillOpen(), c.newlyBroken(), c.diagram());
        }
    }
}
