package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;
import java.util.Optional;

/**
 * The catalog adapter: tutorials loaded once from YAML content and held in memory. A tutorial with
 * content problems stays "coming soon" rather than failing the whole catalog; {@link #problems()}
 * tells why.
 */
public final class YamlTutorialCatalog implements TutorialCatalog {

    private final LoadedContent content;

    public YamlTutorialCatalog(LoadedContent content) {
        this.content = content;
    }

    /** The tutorials bundled in this jar. */
    public static YamlTutorialCatalog bundled() {
        return new YamlTutorialCatalog(ContentLoader.load(ContentSource.bundled()));
    }

    @Override
    public List<TutorialSummary> list() {
        return content.catalog();
    }

    @Override
    public Optional<Tutorial> find(String slug) {
        return Optional.ofNullable(slug).map(content.tutorials()::get);
    }

    public List<ContentProblem> problems() {
        return content.problems();
    }
}
