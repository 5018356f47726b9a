package dev.fivenines.domain.submission;

import java.util.Optional;

/**
 * Outbound port: this instance's memory of each learner's newest revision per tutorial, so that a
 * submission need not read the previous one back from the database. Only a hint: the store refuses
 * a revision built on a basis that is no longer the newest, and the submit path then reads it.
 */
public interface RecentRevisions {

    Optional<RevisionBasis> newest(String learner, String tutorialSlug);

    /** Remembers {@code basis} unless a higher revision is remembered already. */
    void remember(String learner, String tutorialSlug, RevisionBasis basis);

    void forget(String learner, String tutorialSlug);

    /** Remembers nothing: every submission reads the previous revision from the store. */
    static RecentRevisions none() {
        return new RecentRevisions() {
            @Override
            public Optional<RevisionBasis> newest(String learner, String tutorialSlug) {
                return Optional.empty();
            }

            @Override
            public void remember(String learner, String tutorialSlug, RevisionBasis basis) {
            }

            @Override
            public void forget(String learner, String tutorialSlug) {
            }
        };
    }
}
