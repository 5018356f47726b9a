package dev.fivenines.domain.feedback;


/** Marks structural feedback as waiting for its LLM review, and back. */
public final class Pending {

    private Pending() {
    }

    /** Structural feedback whose LLM review is queued: PARTIAL and pending; INVALID stays as it is. */
    public static FeedbackReport awaitingReview(FeedbackReport structural) {
        if (structural.status() == FeedbackStatus.INVALID) {
            return structural;
        }
        return with(structural, FeedbackStatus.PARTIAL, ReviewState.PENDING);
    }

    /** Whether feedback should go to the LLM at all: only diagrams that compiled. */
    public static boolean reviewable(FeedbackReport structural) {
        return structural.status() != FeedbackStatus.INVALID;
    }

    /** The structural report as the reviewer expects it (LLM state not yet decided). */
    public static FeedbackReport structural(FeedbackReport pending) {
        return with(pending, pending.status(), ReviewState.PENDING);
    }

    static FeedbackReport with(FeedbackReport r, FeedbackStatus status, ReviewState llm) {
        return new FeedbackReport(status, r.rubricVersion(), r.score(), r.findings(), r.diagnostics(), r.summary(),
                llm, r.unjudged(), r.reading());
    }
}
