package dev.fivenines.domain.submission;

import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inbound use case: every submission with its feedback, oldest first, for research. Learners are
 * pseudonymised (a keyed hash of their subject, see {@link Pseudonyms}) so rows of one learner can be grouped
 * without naming them. Read page by page, so memory stays flat however large the export.
 */
public final class ResearchExport {

    static final int PAGE = 200;

    private final SubmissionExport source;
    private final Pseudonyms pseudonyms;

    public ResearchExport(SubmissionExport source, Pseudonyms pseudonyms) {
        this.source = source;
        this.pseudonyms = pseudonyms;
    }

    public Flux<Submission> submissions(String tutorialSlug) {
        return source.page(tutorialSlug, null, PAGE)
                .expand(page -> page.size() < PAGE ? Mono.empty()
                        : source.page(tutorialSlug, cursorAfter(page), PAGE))
                .concatMapIterable(page -> page)
                .map(s -> new Submission(s.id(), pseudonyms.of(s.learner()), s.tutorialSlug(), s.revision(), s.source(),
                        s.createdAt(), s.feedback(), s.changes(), s.reviewNote()));
    }

    private static HistoryCursor cursorAfter(List<Submission> page) {
        Submission last = page.getLast();
        return new HistoryCursor(last.createdAt(), last.id());
    }
}
