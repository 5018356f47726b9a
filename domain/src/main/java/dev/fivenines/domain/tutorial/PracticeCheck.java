package dev.fivenines.domain.tutorial;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A question the learner answers by predicting what a real redis-server replies.
 *
 * @param setup         steps run first, with their expected replies
 * @param command       the step whose reply is asked: a {@link CliStep} or a {@link RawStep}
 * @param answer        the expected reply, as redis-cli prints it or as {@link RawBytes#transcript}
 *                      writes it (placeholders allowed)
 * @param choices       multiple-choice options, containing {@code answer}; empty for free text
 * @param serverConfig  CONFIG SET parameters to apply before the setup; empty for none
 * @param topology      the servers the scenario runs on
 * @param serverOptions redis-server options ({@code appendonly: "yes"}) every data node of this
 *                      check's topology starts with; empty for none
 */
public record PracticeCheck(
        String id,
        String question,
        List<ScenarioStep> setup,
        ScenarioStep command,
        String answer,
        List<String> choices,
        String explanation,
        Map<String, String> serverConfig,
        Topology topology,
        Map<String, String> serverOptions) {

    public PracticeCheck {
        setup = List.copyOf(setup);
        choices = List.copyOf(choices);
        serverConfig = Map.copyOf(serverConfig);
        serverOptions = Map.copyOf(serverOptions);
    }

    /** A check on the default standalone server started with no extra options. */
    public PracticeCheck(String id, String question, List<ScenarioStep> setup, ScenarioStep command, String answer,
                         List<String> choices, String explanation, Map<String, String> serverConfig) {
        this(id, question, setup, command, answer, choices, explanation, serverConfig, Topology.STANDALONE, Map.of());
    }

    /**
     * Every step with the reply a real redis-server gave: the setup as written, then the asked step
     * with the answer as its reply. Shown to the learner only after an attempt.
     */
    public List<ScenarioStep> transcript() {
        ScenarioStep answered = switch (command) {
            case CliStep cli -> new CliStep(cli.client(), cli.node(), cli.command(), answer, null);
            case RawStep raw -> new RawStep(raw.client(), raw.node(), raw.bytes(), answer);
            case WaitStep wait -> wait;
            case RestartStep restart -> restart;
        };
        List<ScenarioStep> steps = new java.util.ArrayList<>(setup);
        steps.add(answered);
        return List.copyOf(steps);
    }

    /** Commands that change who serves what (roles, slots, sentinel state) or stop a server. */
    private static final Set<String> RESHAPING = Set.of("FAILOVER", "REPLICAOF", "SLAVEOF", "SHUTDOWN", "MIGRATE",
            "DEBUG", "CLUSTER SETSLOT", "CLUSTER ADDSLOTS", "CLUSTER ADDSLOTSRANGE", "CLUSTER DELSLOTS",
            "CLUSTER DELSLOTSRANGE", "CLUSTER FAILOVER", "CLUSTER FORGET", "CLUSTER MEET", "CLUSTER RESET",
            "CLUSTER REPLICATE", "SENTINEL FAILOVER", "SENTINEL REMOVE", "SENTINEL SET", "SENTINEL MONITOR",
            "SENTINEL RESET");

    /**
     * True when the scenario changes its servers beyond their data (restarts them, starts them with
     * its own options, or runs a redis-cli command that moves roles or slots), so it needs servers of
     * its own instead of ones shared with other checks. Raw bytes are not inspected: a raw step that
     * reshapes a topology needs serverOptions or a restart to get its own servers.
     */
    public boolean needsOwnServers() {
        return !serverOptions.isEmpty() || transcript().stream().anyMatch(PracticeCheck::reshapes);
    }

    private static boolean reshapes(ScenarioStep step) {
        return switch (step) {
            case RestartStep restart -> true;
            case CliStep cli -> {
                String[] words = cli.command().strip().toUpperCase(Locale.ROOT).split("\\s+");
                yield RESHAPING.contains(words[0]) || (words.length > 1 && RESHAPING.contains(words[0] + " " + words[1]));
            }
            case RawStep raw -> false;
            case WaitStep wait -> false;
        };
    }
}
