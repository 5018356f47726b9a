package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Tutorial;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates one tutorial's files exactly as the build validates bundled content: the files are laid
 * over the bundled content and the whole catalog is loaded, so schema, semantic and diagram rules
 * all apply. Only problems in the tutorial's own files (or the catalog) are reported.
 */
public final class BundleValidator {

    /** The file names a tutorial version consists of. */
    public static final Set<String> FILES = Set.of("tutorial.yaml", "brief.md", "rubric.yaml", "starter.d2", "solution.d2");

    /** The loaded tutorial when valid, and every problem with its file and line. */
    public record Result(Optional<Tutorial> tutorial, List<ContentProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final ContentSource base;

    public BundleValidator(ContentSource base) {
        this.base = base;
    }

    public Result validate(String slug, Map<String, String> files) {
        List<ContentProblem> unknown = files.keySet().stream().filter(name -> !FILES.contains(name)).sorted()
                .map(name -> new ContentProblem(slug + "/" + name, 0, "unexpected file; a tutorial version has "
                        + String.join(", ", FILES.stream().sorted().toList())))
                .toList();
        LoadedContent loaded = ContentLoader.load(new ContentSource.Overlay(base, prefixed(slug, files)));
        List<ContentProblem> problems = new java.util.ArrayList<>(unknown);
        loaded.problems().stream()
                .filter(p -> p.file().startsWith(slug + "/") || p.file().equals(ContentLoader.CATALOG))
                .forEach(problems::add);
        if (loaded.catalog().stream().noneMatch(t -> t.slug().equals(slug))) {
            problems.add(new ContentProblem(ContentLoader.CATALOG, 0, "no catalog entry for '" + slug + "'"));
        }
        Optional<Tutorial> tutorial = problems.isEmpty() ? Optional.ofNullable(loaded.tutorials().get(slug)) : Optional.empty();
        return new Result(tutorial, problems);
    }

    /** Loads several published bundles at once over the base content; tutorials with problems are left out. */
    public Map<String, Tutorial> loadAll(Map<String, Map<String, String>> bundles) {
        Map<String, String> files = new LinkedHashMap<>();
        bundles.forEach((slug, bundle) -> files.putAll(prefixed(slug, bundle)));
        LoadedContent loaded = ContentLoader.load(new ContentSource.Overlay(base, files));
        Map<String, Tutorial> out = new LinkedHashMap<>();
        bundles.keySet().forEach(slug -> Optional.ofNullable(loaded.tutorials().get(slug)).ifPresent(t -> out.put(slug, t)));
        return out;
    }

    private static Map<String, String> prefixed(String slug, Map<String, String> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, text) -> out.put(slug + "/" + name, text));
        return out;
    }
}
