package dev.fivenines.domain.tutorial;

import java.util.List;
import java.util.Map;

/**
 * A question the learner answers by predicting what a real redis-server replies.
 *
 * @param setup        commands run first, with their expected replies
 * @param command      the command whose reply is asked
 * @param answer       the expected reply, as redis-cli prints it (placeholders allowed)
 * @param choices      multiple-choice options, containing {@code answer}; empty for free text
 * @param serverConfig CONFIG SET parameters to apply before the setup; empty for none
 */
public record PracticeCheck(
        String id,
        String question,
        List<CliStep> setup,
        CliStep command,
        String answer,
        List<String> choices,
        String explanation,
        Map<String, String> serverConfig) {

    public PracticeCheck {
        setup = List.copyOf(setup);
        choices = List.copyOf(choices);
        serverConfig = Map.copyOf(serverConfig);
    }
}
