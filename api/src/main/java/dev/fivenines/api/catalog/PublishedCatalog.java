package dev.fivenines.api.catalog;

import dev.fivenines.content.BundleValidator;
import dev.fivenines.content.ContentProblem;
import dev.fivenines.content.YamlTutorialCatalog;
import dev.fivenines.domain.publishing.CatalogOverrides;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog learners see: the bundled tutorials, with any admin-published active version laid
 * over its tutorial. Replacing the overrides swaps one immutable snapshot, so readers never see a
 * half-updated catalog; {@link #stamp()} changes with every swap so caches know to drop views.
 */
public final class PublishedCatalog implements TutorialCatalog, CatalogOverrides {

    private record Snapshot(long stamp, Map<String, Map<String, String>> bundles, Map<String, Tutorial> overrides) {
    }

    private final YamlTutorialCatalog bundled;
    private final BundleValidator validator;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(0, Map.of(), Map.of()));

    public PublishedCatalog(YamlTutorialCatalog bundled, BundleValidator validator) {
        this.bundled = bundled;
        this.validator = validator;
    }

    @Override
    public List<TutorialSummary> list() {
        Map<String, Tutorial> overrides = snapshot.get().overrides();
        return bundled.list().stream()
                .map(s -> overrides.containsKey(s.slug()) ? overrides.get(s.slug()).summary() : s)
                .toList();
    }

    @Override
    public Optional<Tutorial> find(String slug) {
        Tutorial override = slug == null ? null : snapshot.get().overrides().get(slug);
        return override != null ? Optional.of(override) : bundled.find(slug);
    }

    /** Changes whenever the set of active published versions changes. */
    public long stamp() {
        return snapshot.get().stamp();
    }

    public List<ContentProblem> bundledProblems() {
        return bundled.problems();
    }

    @Override
    public void replace(Map<String, Map<String, String>> activeBundles) {
        Snapshot current = snapshot.get();
        if (current.bundles().equals(activeBundles)) {
            return;
        }
        Map<String, Tutorial> loaded = activeBundles.isEmpty() ? Map.of() : validator.loadAll(activeBundles);
        snapshot.set(new Snapshot(current.stamp() + 1, Map.copyOf(activeBundles), Map.copyOf(loaded)));
    }
}
