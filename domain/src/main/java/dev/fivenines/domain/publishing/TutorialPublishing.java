package dev.fivenines.domain.publishing;

import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.common.NotFoundException;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Inbound use case for authors: publish a new version of a tutorial from the content format,
 * list versions, roll back. A bad bundle is rejected with file:line problems and changes nothing.
 * A changed rubric must carry a higher rubric version, so feedback computed with the old rubric
 * keeps meaning what it said.
 */
public final class TutorialPublishing {

    private final TutorialCatalog catalog;
    private final BundleCheck check;
    private final TutorialVersions versions;
    private final CatalogOverrides overrides;
    private final BoundedWork work;

    /** @param work where bundles are checked: the check compiles the bundle's D2 and runs its rubric */
    public TutorialPublishing(TutorialCatalog catalog, BundleCheck check, TutorialVersions versions,
                              CatalogOverrides overrides, BoundedWork work) {
        this.catalog = catalog;
        this.check = check;
        this.versions = versions;
        this.overrides = overrides;
        this.work = work;
    }

    public Mono<VersionInfo> publish(String slug, Map<String, String> files, String publishedBy) {
        return Mono.defer(() -> {
            requireInCatalog(slug);
            return work.run(() -> check.check(slug, files)).flatMap(result -> {
                if (!result.problems().isEmpty() || result.tutorial().isEmpty()) {
                    return Mono.error(new BundleRejectedException(result.problems()));
                }
                Tutorial candidate = result.tutorial().get();
                return requireRubricVersionBump(slug, candidate)
                        .then(versions.publish(slug, files, candidate.rubric().version(), publishedBy))
                        .flatMap(published -> refresh().thenReturn(published));
            });
        });
    }

    public Mono<List<VersionInfo>> list(String slug) {
        return Mono.defer(() -> {
            requireInCatalog(slug);
            return versions.list(slug);
        });
    }

    /** Version 0 returns the tutorial to its bundled content. */
    public Mono<Void> activate(String slug, int version) {
        return Mono.defer(() -> {
            requireInCatalog(slug);
            return versions.activate(slug, version)
                    .flatMap(found -> found ? refresh()
                            : Mono.error(new NotFoundException("Tutorial '" + slug + "' has no version " + version + ".")));
        });
    }

    /** Reloads the active bundles into the catalog (also called periodically for other instances' changes). */
    public Mono<Void> refresh() {
        return versions.activeBundles().flatMap(bundles -> work.run(() -> {
            overrides.replace(bundles);
            return bundles;
        })).then();
    }

    private void requireInCatalog(String slug) {
        if (catalog.list().stream().noneMatch(t -> t.slug().equals(slug))) {
            throw new NotFoundException("There is no tutorial '" + slug + "'.");
        }
    }

    private Mono<Void> requireRubricVersionBump(String slug, Tutorial candidate) {
        return Mono.justOrEmpty(catalog.find(slug)).flatMap(current -> {
            boolean rubricChanged = !current.rubric().equals(candidate.rubric());
            if (rubricChanged && candidate.rubric().version() <= current.rubric().version()) {
                return Mono.error(new BundleRejectedException(List.of(new BundleCheck.Problem(slug + "/rubric.yaml", 1,
                        "the rubric changed, so its version must be higher than " + current.rubric().version()))));
            }
            return Mono.<Void>empty();
        });
    }
}
