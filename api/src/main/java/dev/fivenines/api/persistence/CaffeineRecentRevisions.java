package dev.fivenines.api.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fivenines.domain.submission.RecentRevisions;
import dev.fivenines.domain.submission.RevisionBasis;
import java.time.Duration;
import java.util.Optional;

/**
 * Each learner's newest revision basis per tutorial, kept for learners active in the last half
 * hour (a basis is a few KiB: verdicts and the diagram outline). Losing an entry costs one read.
 */
public final class CaffeineRecentRevisions implements RecentRevisions {

    private final Cache<String, RevisionBasis> newest;

    public CaffeineRecentRevisions(long maximumEntries) {
        this.newest = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    @Override
    public Optional<RevisionBasis> newest(String learner, String tutorialSlug) {
        return Optional.ofNullable(newest.getIfPresent(key(learner, tutorialSlug)));
    }

    @Override
    public void remember(String learner, String tutorialSlug, RevisionBasis basis) {
        // Two saves of one learner may finish in either order: keep the higher revision.
        newest.asMap().merge(key(learner, tutorialSlug), basis,
                (known, candidate) -> candidate.revision() >= known.revision() ? candidate : known);
    }

    @Override
    public void forget(String learner, String tutorialSlug) {
        newest.invalidate(key(learner, tutorialSlug));
    }

    private static String key(String learner, String tutorialSlug) {
        return learner + "/" + tutorialSlug; // slugs have no '/', so the key is unambiguous
    }
}
