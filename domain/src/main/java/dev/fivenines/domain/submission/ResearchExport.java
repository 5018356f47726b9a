package dev.fivenines.domain.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inbound use case: every submission with its feedback, oldest first, for research. Learners are
 * pseudonymised (a stable SHA-256 prefix of their subject) so rows of one learner can be grouped
 * without naming them. Read page by page, so memory stays flat however large the export.
 */
public final class ResearchExport {

    static final int PAGE = 200;

    private final SubmissionExport source;

    public ResearchExport(SubmissionExport source) {
        this.source = source;
    }

    public Flux<Submission> submissions(String tutorialSlug) {
        return source.page(tutorialSlug, null, PAGE)
                .expand(page -> page.size() < PAGE ? Mono.empty()
                        : source.page(tutorialSlug, cursorAfter(page), PAGE))
                .concatMapIterable(page -> page)
                .map(s -> new Submission(s.id(), pseudonym(s.learner()), s.tutorialSlug(), s.revision(), s.source(),
                        s.createdAt(), s.feedback(), s.changes(), s.reviewNote()));
    }

    private static HistoryCursor cursorAfter(List<Submission> page) {
        Submission last = page.getLast();
        return new HistoryCursor(last.createdAt(), last.id());
    }

    static String pseudonym(String learner) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(learner.getBytes(StandardCharsets.UTF_8));
            return "learner-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
