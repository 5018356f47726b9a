package dev.fivenines.domain.learning;

import dev.fivenines.domain.tutorial.ScenarioStep;
import java.util.List;

/**
 * The outcome of answering a practice check: only now are the answer, the explanation and the
 * transcript (every step with the reply Redis gave, see {@code PracticeCheck#transcript}) revealed.
 */
public record PracticeResult(String checkId, boolean correct, String expected, String explanation,
                             List<ScenarioStep> transcript) {

    public PracticeResult {
        transcript = List.copyOf(transcript);
    }
}
