package dev.fivenines.content.practice;

import static dev.fivenines.content.practice.Scenarios.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Three masters with all slots assigned, started once for the class. */
class ClusterTopologyTest {

    @RegisterExtension
    static final RedisServers servers = new RedisServers();

    @Test
    void clusterWhenStartedThenAllSlotsAreServedByThreeMasters() throws Exception {
        RedisTopology topology = servers.shared(Topology.CLUSTER);
        String info = topology.node("m2").call("CLUSTER", "INFO");
        assertThat(info).contains("cluster_state:ok", "cluster_slots_assigned:16384", "cluster_size:3");
    }

    @Test
    void clusterWhenKeyHashesToAnotherMasterThenMovedNamesItsSlotAndAddress() throws Exception {
        RedisTopology topology = servers.shared(Topology.CLUSTER);
        TopologyReset.empty(topology);
        // CLUSTER KEYSLOT foo = 12182, which m3 serves (10923-16383)
        int m3 = topology.node("m3").port();
        try (ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            runner.verify(check(Topology.CLUSTER, Map.of(), List.of(
                            new CliStep("A", "m1", "CLUSTER KEYSLOT foo", "(integer) 12182", null),
                            new CliStep("C", "m3", "SET foo bar", "OK", null)),
                    new CliStep("A", "m1", "GET foo", null, null), "(error) MOVED 12182 127.0.0.1:" + m3));
        }
    }

    @Test
    void clusterWhenKeysHashToDifferentSlotsThenCrossslot() throws Exception {
        RedisTopology topology = servers.shared(Topology.CLUSTER);
        try (ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            runner.verify(check(Topology.CLUSTER, Map.of(), List.of(),
                    new CliStep("A", "m1", "MSET {u}a 1 {v}b 2", null, null),
                    "(error) CROSSSLOT Keys in request don't hash to the same slot"));
        }
    }
}
