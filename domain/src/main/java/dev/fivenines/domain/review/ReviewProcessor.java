package dev.fivenines.domain.review;

import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.feedback.DiagramReviewer;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Pending;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.submission.Submission;
import dev.fivenines.domain.submission.SubmissionStore;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Runs one claimed review: reuse an identical earlier review when there is one, else ask the LLM
 * reviewer (which never errors: a failed review comes back as FAILED with a reason), then store the
 * result. The structural feedback stored with the submission is never lost or made worse.
 */
public final class ReviewProcessor {

    private final SubmissionStore submissions;
    private final TutorialCatalog catalog;
    private final DiagramReviewer reviewer;
    private final ReviewResults results;
    private final Function<Submission, String> cacheKey;
    private final BoundedWork work;

    /** @param work where the reviewer's own compile of the diagram (to ground citations) runs */
    public ReviewProcessor(SubmissionStore submissions, TutorialCatalog catalog, DiagramReviewer reviewer,
                           ReviewResults results, Function<Submission, String> cacheKey, BoundedWork work) {
        this.submissions = submissions;
        this.catalog = catalog;
        this.reviewer = reviewer;
        this.results = results;
        this.cacheKey = cacheKey;
        this.work = work;
    }

    /** True when this run finished the review (false: already finished, or the submission is gone). */
    public Mono<Boolean> process(ReviewJob job) {
        return submissions.find(job.submissionId())
                .filter(s -> s.feedback().llm() == ReviewState.PENDING)
                .flatMap(this::review)
                .defaultIfEmpty(false);
    }

    private Mono<Boolean> review(Submission submission) {
        String key = cacheKey.apply(submission);
        return results.cached(key)
                .map(report -> new DiagramReviewer.Result(report, ReviewState.DONE, "", "cached"))
                .switchIfEmpty(Mono.defer(() -> freshReview(submission)))
                .flatMap(result -> results.complete(submission.id(), result, key));
    }

    private Mono<DiagramReviewer.Result> freshReview(Submission submission) {
        FeedbackReport structural = Pending.structural(submission.feedback());
        return catalog.find(submission.tutorialSlug())
                .map(tutorial -> work.run(() -> reviewer.review(submission.learner(), tutorial, submission.source(),
                        structural)).flatMap(review -> review))
                .orElseGet(() -> Mono.just(new DiagramReviewer.Result(structural, ReviewState.FAILED,
                        "The tutorial is no longer available, so the review could not run.", "")));
    }
}
