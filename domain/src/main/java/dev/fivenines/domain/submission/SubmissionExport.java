package dev.fivenines.domain.submission;

import java.util.List;
import reactor.core.publisher.Mono;

/** Outbound port: every learner's submissions in pages, oldest first, for research exports. */
public interface SubmissionExport {

    /**
     * @param tutorialSlug only this tutorial, or null for all
     * @param after        the last submission of the previous page (by creation time, then id), or null
     */
    Mono<List<Submission>> page(String tutorialSlug, HistoryCursor after, int size);
}
