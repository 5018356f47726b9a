package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a content root.
 *
 * @param catalog   every catalog entry in position order; {@code available} is true exactly when
 *                  the tutorial loaded without problems
 * @param tutorials the loaded tutorials by slug
 * @param problems  every problem found, in file order; empty means the content is valid
 */
public record LoadedContent(List<TutorialSummary> catalog, Map<String, Tutorial> tutorials, List<ContentProblem> problems) {
    public LoadedContent {
        catalog = List.copyOf(catalog);
        tutorials = Map.copyOf(tutorials);
        problems = List.copyOf(problems);
    }
}
