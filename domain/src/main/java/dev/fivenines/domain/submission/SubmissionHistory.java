package dev.fivenines.domain.submission;

import reactor.core.publisher.Mono;

/** Outbound port: a learner's own submissions, newest first. */
public interface SubmissionHistory {

    /**
     * @param tutorialSlug only this tutorial's submissions, or null for all
     * @param after        the cursor of the previous page, or null for the first page
     * @param limit        page size, 1..100
     */
    Mono<SubmissionPage> history(String learner, String tutorialSlug, HistoryCursor after, int limit);
}
