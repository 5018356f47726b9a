package dev.fivenines.domain.tutorial;

import java.util.List;
import java.util.Objects;

/**
 * A catalog entry: metadata only, as {@code catalog.yaml} and the catalog endpoint show it.
 *
 * @param position  1-based place in the catalog
 * @param minutes   estimated time to complete
 * @param available true when the full tutorial (brief, rubric, starter) exists; false means
 *                  "coming soon"
 */
public record TutorialSummary(
        String slug,
        int position,
        Level level,
        int minutes,
        String title,
        String summary,
        List<String> tags,
        ArtifactType artifactType,
        boolean available) {

    public TutorialSummary {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(artifactType, "artifactType");
        tags = List.copyOf(tags);
    }
}
