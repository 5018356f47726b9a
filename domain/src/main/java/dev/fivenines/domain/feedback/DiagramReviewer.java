package dev.fivenines.domain.feedback;

import dev.fivenines.domain.tutorial.Tutorial;
import reactor.core.publisher.Mono;

/**
 * Outbound port: the LLM review of a submission, merged with its structural feedback. The Mono
 * never errors: a failed or skipped review still yields the structural report (status PARTIAL,
 * {@code llm: failed}) with a learner-readable reason, so a submission never loses its feedback.
 */
public interface DiagramReviewer {

    Mono<Result> review(String learnerId, Tutorial tutorial, String source, FeedbackReport structural);

    /**
     * @param report        the merged report (or the structural one when the LLM did not answer)
     * @param reason        why the LLM review failed or was skipped; empty when it is done
     * @param promptVersion the prompt the review used, stored beside it
     */
    record Result(FeedbackReport report, ReviewState state, String reason, String promptVersion) {
    }
}
