package dev.fivenines.domain.feedback;

import dev.fivenines.domain.tutorial.Severity;
import java.util.List;

/** The verdict on one rubric criterion, with a message for the learner and where it looked. */
public record Finding(
        String criterionId,
        String title,
        Verdict verdict,
        Severity severity,
        Origin origin,
        String message,
        List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
