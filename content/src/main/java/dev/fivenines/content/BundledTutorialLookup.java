package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;
import java.util.Optional;

/**
 * The bundled tutorials for a command that needs just one of them ({@code review}): {@link #find}
 * reads catalog.yaml and that tutorial's folder and skips the content checks, because the build
 * has validated the jar's content (YamlTutorialCatalogTest). Loading and checking all of it is
 * most of a command's start-up. {@link #list} still loads and checks everything.
 */
public final class BundledTutorialLookup implements TutorialCatalog {

    @Override
    public List<TutorialSummary> list() {
        return YamlTutorialCatalog.bundled().list();
    }

    @Override
    public Optional<Tutorial> find(String slug) {
        return slug == null ? Optional.empty() : ContentLoader.loadValidated(ContentSource.bundled(), slug);
    }
}
