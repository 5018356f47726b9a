package dev.fivenines.content;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.RawBytes;
import dev.fivenines.domain.tutorial.RawStep;
import dev.fivenines.domain.tutorial.RestartStep;
import dev.fivenines.domain.tutorial.ScenarioStep;
import dev.fivenines.domain.tutorial.Topology;
import dev.fivenines.domain.tutorial.WaitStep;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the schema cannot say about a practice check's scenario: steps name nodes of its topology,
 * a client is one kind of connection on one node, raw bytes are well escaped, waits and polls stay
 * short, and server options leave the harness its own settings.
 */
final class ScenarioRules {

    /** Options the test harness sets itself to keep servers apart; a check may not change them. */
    static final Set<String> HARNESS_OPTIONS = Set.of("port", "bind", "dir", "daemonize", "logfile", "pidfile",
            "include", "unixsocket", "cluster-enabled", "cluster-config-file", "replicaof", "slaveof");

    private final YamlFile file;
    private final List<ContentProblem> problems;

    ScenarioRules(YamlFile file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void check(int index, PracticeCheck check) {
        String at = "/practiceChecks/" + index;
        for (String option : check.serverOptions().keySet()) {
            if (HARNESS_OPTIONS.contains(option)) {
                problems.add(file.problem(at + "/serverOptions/" + option, "practice check '" + check.id()
                        + "': serverOptions may not set '" + option + "', the test harness owns it"));
            }
        }
        Map<String, Connection> clients = new HashMap<>();
        for (int i = 0; i < check.setup().size(); i++) {
            checkStep(check, at + "/setup/" + i, check.setup().get(i), clients);
        }
        checkStep(check, at + "/command", check.command(), clients);
    }

    /** What a client name stands for: one connection of one kind to one node. */
    private record Connection(boolean raw, String node) {
    }

    private void checkStep(PracticeCheck check, String at, ScenarioStep step, Map<String, Connection> clients) {
        Topology topology = check.topology();
        switch (step) {
            case CliStep cli -> {
                connection(check, at, cli.client(), new Connection(false, node(topology, cli.node())), clients);
                if (cli.polls() && cli.pollLimit().compareTo(ScenarioDurations.MAX_POLL) > 0) {
                    problem(check, at + "/within", "polls may last at most " + seconds(ScenarioDurations.MAX_POLL));
                }
            }
            case RawStep raw -> {
                connection(check, at, raw.client(), new Connection(true, node(topology, raw.node())), clients);
                try {
                    RawBytes.decode(raw.bytes());
                } catch (IllegalArgumentException e) {
                    problem(check, at + "/send", "bad raw bytes: " + e.getMessage());
                }
            }
            case WaitStep wait -> {
                if (wait.duration().compareTo(ScenarioDurations.MAX_WAIT) > 0) {
                    problem(check, at + "/wait", "waits may last at most " + seconds(ScenarioDurations.MAX_WAIT));
                }
            }
            case RestartStep restart -> {
                if (!dataNodes(topology).contains(restart.node())) {
                    problem(check, at + "/restart", "'" + restart.node() + "' is not a redis-server of the "
                            + topology.id() + " topology (" + String.join(", ", dataNodes(topology)) + ")");
                }
            }
        }
        if (step instanceof CliStep || step instanceof RawStep) {
            String node = step instanceof CliStep c ? c.node() : ((RawStep) step).node();
            if (node != null && !topology.nodes().contains(node)) {
                problem(check, at + "/node", "no node '" + node + "' in the " + topology.id() + " topology ("
                        + String.join(", ", topology.nodes()) + ")");
            }
        }
    }

    private void connection(PracticeCheck check, String at, String client, Connection wanted,
                            Map<String, Connection> clients) {
        Connection first = clients.putIfAbsent(client, wanted);
        if (first == null) {
            return;
        }
        if (first.raw() != wanted.raw()) {
            problem(check, at + "/client", "client " + client + " is used both for raw bytes and for redis-cli;"
                    + " give each connection its own name");
        } else if (!first.node().equals(wanted.node())) {
            problem(check, at + "/client", "client " + client + " is connected to " + first.node()
                    + "; a step on " + wanted.node() + " needs another client");
        }
    }

    private static String node(Topology topology, String node) {
        return node == null ? topology.firstNode() : node;
    }

    /** Sentinels are not restarted: they hold no data to reload. */
    static List<String> dataNodes(Topology topology) {
        return topology.nodes().stream().filter(n -> !n.matches("s\\d")).toList();
    }

    private void problem(PracticeCheck check, String pointer, String message) {
        problems.add(file.problem(pointer, "practice check '" + check.id() + "': " + message));
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }
}
