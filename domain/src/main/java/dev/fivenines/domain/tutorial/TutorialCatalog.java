package dev.fivenines.domain.tutorial;

import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the tutorials. Implementations hold them in memory, so calls are cheap and
 * synchronous.
 */
public interface TutorialCatalog {

    /** Every catalog entry, in position order, available or not. */
    List<TutorialSummary> list();

    /** The full tutorial, or empty when the slug is unknown or the tutorial is not available yet. */
    Optional<Tutorial> find(String slug);
}
