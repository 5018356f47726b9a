package dev.fivenines.content.practice;

import static dev.fivenines.content.practice.Scenarios.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A primary, its replica and three sentinels (quorum 2, down after 1 s). The failover test changes
 * the topology, so it runs on servers of its own.
 */
class SentinelTopologyTest {

    @RegisterExtension
    static final RedisServers servers = new RedisServers();

    @Test
    void sentinelsWhenStartedThenAllAgreeOnThePrimary() throws Exception {
        RedisTopology topology = servers.shared(Topology.SENTINEL);
        String primary = String.valueOf(topology.node("primary").port());
        for (String sentinel : List.of("s1", "s2", "s3")) {
            assertThat(topology.node(sentinel).call("SENTINEL", "GET-MASTER-ADDR-BY-NAME", RedisTopology.SENTINEL_MASTER))
                    .isEqualTo("127.0.0.1\n" + primary);
        }
    }

    @Test
    void failoverWhenPrimaryIsKilledThenSentinelsPromoteTheReplicaWithinSeconds() throws Exception {
        RedisTopology topology = servers.own(Topology.SENTINEL, Map.of());
        RedisNode replica = topology.node("replica");
        long start = System.nanoTime();
        topology.node("primary").stop(true);
        try (ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            runner.verify(check(Topology.SENTINEL, Map.of(), List.of(
                            new CliStep("S", "s1", "SENTINEL GET-MASTER-ADDR-BY-NAME mymaster",
                                    "1) \"127.0.0.1\"\n2) \"" + replica.port() + "\"", Duration.ofSeconds(30))),
                    new CliStep("R", "replica", "ROLE", null, null), "1) \"master\"\n{{lines}}"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        System.out.printf("sentinel failover promoted the replica in %d ms%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
