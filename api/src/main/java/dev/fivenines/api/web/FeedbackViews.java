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

    /**
     * @param status  COMPLETE, PARTIAL (LLM review pending or failed) or INVALID (the D2 did not compile)
     * @param reading how the diagram's elements were read for the rubric's roles (empty for INVALID)
     */
    record FeedbackView(String status, int rubricVersion, ScoreView score, List<FindingView> findings,
                        List<DiagnosticView> diagnostics, FeedbackSummaryView summary, ReviewView review,
                        ReadingView reading) {
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
                            reviewNote == null || reviewNote.isBlank() ? null : reviewNote),
                    ReadingView.of(r.reading()));
        }
    }

    /** How the review read the diagram: per rubric role, the elements taken for it. */
    record ReadingView(List<RoleReadingView> roles) {
        static ReadingView of(dev.fivenines.domain.feedback.Reading r) {
            return new ReadingView(r.roles().stream().map(RoleReadingView::of).toList());
        }
    }

    /**
     * @param role       the role's name, also the D2 class that settles it ({@code x.class: executor})
     * @param elements   the elements taken for the role; empty when none was found
     * @param confidence 0 when not found; 1.0 by class, 0.9 by name, 0.6 by abbreviation or position, 0.5 by elimination
     * @param why        how it was decided, or how to settle it
     */
    record RoleReadingView(String role, String title, List<ReadElementView> elements, double confidence, String why) {
        static RoleReadingView of(dev.fivenines.domain.feedback.Reading.RoleReading r) {
            return new RoleReadingView(r.role(), r.title(),
                    r.elements().stream().map(e -> new ReadElementView(e.id(), e.label())).toList(), r.confidence(), r.why());
        }
    }

    /** A diagram element by its D2 id and label. */
    record ReadElementView(String id, String label) {
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

    /**
     * @param previousRevision the revision compared with: the newest earlier one that compiled
     * @param notCompared      set, and everything else empty, when this revision did not compile
     */
    record ChangesView(int previousRevision, List<String> fixed, List<String> stillOpen, List<String> newlyBroken,
                       DiagramDiff diagram, String notCompared) {
        static ChangesView of(RevisionChanges c) {
            return new ChangesView(c.previousRevision(), c.fixed(), c.stillOpen(), c.newlyBroken(), c.diagram(),
                    c.notCompared());
        }
    }
}
