package dev.fivenines.domain.tutorial;

import java.util.List;

/**
 * A complete tutorial: the catalog entry plus everything the learner reads and the rubric that
 * checks the submission.
 *
 * @param brief    the mechanism brief, Markdown
 * @param starter  files the learner starts from ({@code starter.d2} first)
 * @param solution the reference solution's D2 source (never shown to learners)
 */
public record Tutorial(
        TutorialSummary summary,
        String brief,
        List<String> requirements,
        List<String> constraints,
        List<Hint> hints,
        List<PracticeCheck> practiceChecks,
        Rubric rubric,
        List<StarterFile> starter,
        String solution) {

    public Tutorial {
        requirements = List.copyOf(requirements);
        constraints = List.copyOf(constraints);
        hints = List.copyOf(hints);
        practiceChecks = List.copyOf(practiceChecks);
        starter = List.copyOf(starter);
    }

    public String slug() {
        return summary.slug();
    }

    public ArtifactType artifactType() {
        return summary.artifactType();
    }
}
