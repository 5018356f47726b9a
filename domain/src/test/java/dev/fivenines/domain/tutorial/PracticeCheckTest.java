package dev.fivenines.domain.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PracticeCheckTest {

    private static PracticeCheck check(List<ScenarioStep> setup, ScenarioStep asked, Map<String, String> options) {
        return new PracticeCheck("c", "q?", setup, asked, "ans", List.of(), "e", Map.of(), Topology.STANDALONE, options);
    }

    @Test
    void transcriptWhenAskedThenSetupAsWrittenAndTheAskedStepCarriesTheAnswer() {
        List<ScenarioStep> setup = List.of(new CliStep("A", "SET k v", "OK"), new WaitStep(Duration.ofMillis(10)));
        assertThat(check(setup, new RawStep("R", null, "PING\\r\\n", null), Map.of()).transcript())
                .containsExactly(setup.get(0), setup.get(1), new RawStep("R", null, "PING\\r\\n", "ans"));
        assertThat(check(List.of(), new CliStep("A", "replica", "GET k", null, null), Map.of()).transcript())
                .containsExactly(new CliStep("A", "replica", "GET k", "ans", null));
    }

    @Test
    void needsOwnServersWhenRestartOrOptionsThenTrueElseFalse() {
        ScenarioStep asked = new CliStep("A", "GET k", null);
        assertThat(check(List.of(new CliStep("A", "SET k v", "OK")), asked, Map.of()).needsOwnServers()).isFalse();
        assertThat(check(List.of(new RestartStep("server", true)), asked, Map.of()).needsOwnServers()).isTrue();
        assertThat(check(List.of(), asked, Map.of("appendonly", "yes")).needsOwnServers()).isTrue();
    }

    @Test
    void needsOwnServersWhenACommandMovesRolesOrSlotsThenTrue() {
        ScenarioStep asked = new CliStep("A", "ROLE", null);
        assertThat(check(List.of(new CliStep("S", "s1", "sentinel failover mymaster", "OK", null)), asked, Map.of())
                .needsOwnServers()).isTrue();
        assertThat(check(List.of(new CliStep("A", "CLUSTER SETSLOT 1 MIGRATING x", "OK")), asked, Map.of())
                .needsOwnServers()).isTrue();
        assertThat(check(List.of(), new CliStep("A", "REPLICAOF NO ONE", null), Map.of()).needsOwnServers()).isTrue();
        assertThat(check(List.of(new CliStep("A", "CLUSTER INFO", "x"), new CliStep("A", "SENTINEL MASTERS", "x")),
                asked, Map.of()).needsOwnServers()).isFalse();
    }

    @Test
    void byIdWhenContentSpellingThenTopologyAndItsFirstNode() {
        assertThat(Topology.byId("sentinel")).contains(Topology.SENTINEL);
        assertThat(Topology.byId("SENTINEL")).isEmpty();
        assertThat(Topology.CLUSTER.firstNode()).isEqualTo("m1");
    }
}
