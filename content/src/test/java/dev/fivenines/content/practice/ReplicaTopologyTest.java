package dev.fivenines.content.practice;

import static dev.fivenines.content.practice.Scenarios.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.RawStep;
import dev.fivenines.domain.tutorial.RestartStep;
import dev.fivenines.domain.tutorial.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A primary and its replica, started once for the class. */
class ReplicaTopologyTest {

    @RegisterExtension
    static final RedisServers servers = new RedisServers();

    private static final Pattern OFFSET = Pattern.compile("master_repl_offset:(\\d+)");

    @Test
    void replicaWhenPrimaryWritesThenItsReplOffsetCatchesUpWithThePrimarys() throws Exception {
        RedisTopology topology = servers.shared(Topology.REPLICA);
        TopologyReset.empty(topology);
        long before = offset(topology.node("replica").call("INFO", "replication"));
        assertThat(topology.node("primary").call("SET", "k", "v")).isEqualTo("OK");
        long primary = offset(topology.node("primary").call("INFO", "replication"));
        assertThat(primary).isGreaterThan(before);
        Waits.until("the replica's offset to reach " + primary, Duration.ofSeconds(5),
                () -> offset(topology.node("replica").tryCall("INFO", "replication")) >= primary);
        assertThat(topology.node("replica").call("GET", "k")).isEqualTo("v");
    }

    @Test
    void scenarioWhenStepsNameNodesThenTheyRunThereAndTheReplicaRefusesWrites() throws Exception {
        RedisTopology topology = servers.shared(Topology.REPLICA);
        TopologyReset.empty(topology);
        try (ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            runner.verify(check(Topology.REPLICA, Map.of(), List.of(
                            new CliStep("P", "primary", "SET k v", "OK", null),
                            new CliStep("R", "replica", "GET k", "\"v\"", Duration.ofSeconds(5)),
                            new CliStep("R", "replica", "INFO replication", "{{lines}}role:slave{{lines}}master_link_status:up{{lines}}", null)),
                    new CliStep("R", "replica", "SET k other", null, null),
                    "(error) READONLY You can't write against a read only replica."));
        }
    }

    @Test
    void restartWhenTheReplicaIsRestartedThenItResyncsFromThePrimary() throws Exception {
        RedisTopology topology = servers.own(Topology.REPLICA, Map.of());
        try (ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            runner.verify(check(Topology.REPLICA, Map.of(), List.of(
                            new CliStep("P", "primary", "SET k v", "OK", null),
                            new RestartStep("replica", true),
                            new CliStep("R", "replica", "INFO replication", "{{lines}}master_link_status:up{{lines}}",
                                    Duration.ofSeconds(10))),
                    new CliStep("R", "replica", "GET k", null, null), "\"v\""));
        }
    }

    @Test
    void rawWhenAConnectionAsksForPsyncWithAnUnknownHistoryThenFullResyncAndTheRdbStreamFollows() throws Exception {
        RedisTopology topology = servers.own(Topology.REPLICA, Map.of());
        try (ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            runner.verify(check(Topology.REPLICA, Map.of(), List.of(
                            new CliStep("P", "primary", "SET k v", "OK", null),
                            new CliStep("P", "primary", "INFO replication", "{{lines}}connected_slaves:1{{lines}}", null)),
                    new RawStep("fake", "primary", "PSYNC ? -1\\r\\n", null),
                    // without REPLCONF capa eof the primary cannot stream diskless, so a sized $<len> RDB
                    // follows, holding k=v as a string entry (type 0, length-prefixed key and value)
                    "+FULLRESYNC {{hex40}} {{int}}\\r\\n{{any}}${{posint}}\\r\\nREDIS0010{{any}}\\x00\\x01k\\x01v{{any}}"));
        }
    }

    private static long offset(String info) {
        Matcher m = OFFSET.matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
