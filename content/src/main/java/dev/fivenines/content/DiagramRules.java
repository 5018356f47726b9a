package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Tutorial;
import java.util.List;

/**
 * Checks on a tutorial's D2 files (starter parses and fails most criteria; the solution passes
 * every structural one). Separate so the loader can run without the D2 toolchain in tests that
 * only concern YAML.
 */
@FunctionalInterface
interface DiagramRules {

    void check(Tutorial tutorial, List<ContentProblem> problems);

    static DiagramRules none() {
        return (tutorial, problems) -> { };
    }
}
