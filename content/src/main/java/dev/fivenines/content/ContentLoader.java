package dev.fivenines.content;

import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.Level;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code catalog.yaml} and every tutorial folder from a {@link ContentSource}. Never throws
 * on bad content: each problem is collected, and a tutorial with problems is left "coming soon".
 */
public final class ContentLoader {

    static final String CATALOG = "catalog.yaml";

    private final ContentSource source;
    private final ContentRules rules;

    public ContentLoader(ContentSource source, ContentRules rules) {
        this.source = source;
        this.rules = rules;
    }

    /** Loads with the schema and semantic rules of this module. */
    public static LoadedContent load(ContentSource source) {
        return new ContentLoader(source, ContentRules.standard()).load();
    }

    /**
     * The one tutorial, read from catalog.yaml and its own folder only, without any checks: for
     * the jar's bundled content, which the build has validated. Empty when the slug is not in the
     * catalog or the tutorial is "coming soon" (no tutorial.yaml).
     */
    public static Optional<Tutorial> loadValidated(ContentSource source, String slug) {
        List<ContentProblem> problems = new ArrayList<>();
        ContentLoader loader = new ContentLoader(source, ContentRules.ALREADY_VALIDATED);
        return loader.entries(problems).stream().filter(entry -> entry.slug().equals(slug)).findFirst()
                .flatMap(entry -> new TutorialReader(source, loader.rules, entry, problems).read());
    }

    public LoadedContent load() {
        List<ContentProblem> problems = new ArrayList<>();
        List<TutorialSummary> entries = entries(problems);
        Map<String, Tutorial> tutorials = new LinkedHashMap<>();
        List<TutorialSummary> summaries = new ArrayList<>();
        for (TutorialSummary entry : entries) {
            Optional<Tutorial> tutorial = new TutorialReader(source, rules, entry, problems).read();
            tutorial.ifPresent(t -> tutorials.put(t.slug(), t));
            summaries.add(tutorial.map(Tutorial::summary).orElse(entry));
        }
        summaries.sort(Comparator.comparingInt(TutorialSummary::position));
        return new LoadedContent(summaries, tutorials, problems);
    }

    /** The catalog's entries; empty, with the problems recorded, when catalog.yaml is missing or bad. */
    private List<TutorialSummary> entries(List<ContentProblem> problems) {
        Optional<String> text = source.read(CATALOG);
        if (text.isEmpty()) {
            problems.add(new ContentProblem(CATALOG, 0, "catalog.yaml not found"));
            return List.of();
        }
        Optional<YamlFile> catalog = YamlFile.parse(CATALOG, text.get(), problems);
        if (catalog.isEmpty() || !rules.checkSchema(catalog.get(), "catalog", problems)) {
            return List.of();
        }
        List<TutorialSummary> entries = readCatalog(catalog.get());
        rules.checkCatalog(catalog.get(), entries, problems);
        return entries;
    }

    private static List<TutorialSummary> readCatalog(YamlFile file) {
        List<TutorialSummary> out = new ArrayList<>();
        for (JsonNode n : Nodes.items(file.root(), "tutorials")) {
            out.add(new TutorialSummary(
                    Nodes.text(n, "slug"),
                    Nodes.integer(n, "position"),
                    Level.fromId(Nodes.text(n, "level")).orElse(Level.FOUNDATION),
                    Nodes.integer(n, "minutes"),
                    Nodes.text(n, "title"),
                    Nodes.text(n, "summary"),
                    Nodes.strings(n, "tags"),
                    ArtifactType.fromId(Nodes.text(n, "artifactType")).orElse(ArtifactType.FLOWCHART),
                    false));
        }
        return out;
    }
}
