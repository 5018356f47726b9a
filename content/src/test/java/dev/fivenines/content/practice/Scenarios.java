package dev.fivenines.content.practice;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.ScenarioStep;
import dev.fivenines.domain.tutorial.Topology;
import java.util.List;
import java.util.Map;

/** Builds practice checks in tests, the way tutorial.yaml would declare them. */
final class Scenarios {

    private Scenarios() {
    }

    static PracticeCheck check(List<ScenarioStep> setup, ScenarioStep asked, String answer) {
        return check(Topology.STANDALONE, Map.of(), setup, asked, answer);
    }

    static PracticeCheck check(Topology topology, Map<String, String> options, List<ScenarioStep> setup,
                               ScenarioStep asked, String answer) {
        return new PracticeCheck("scenario", "q?", setup, asked, answer, List.of(), "e", Map.of(), topology, options);
    }

    static CliStep cli(String client, String command, String reply) {
        return new CliStep(client, command, reply);
    }
}
