package dev.fivenines.content.practice;

import static dev.fivenines.content.practice.Scenarios.check;
import static dev.fivenines.content.practice.Scenarios.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.RawStep;
import dev.fivenines.domain.tutorial.RestartStep;
import dev.fivenines.domain.tutorial.Topology;
import dev.fivenines.domain.tutorial.WaitStep;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each scenario step kind against a real standalone redis-server (shared by the class unless a test restarts it). */
class ScenarioStepsTest {

    @RegisterExtension
    static final RedisServers servers = new RedisServers();

    private RedisTopology standalone;

    @BeforeEach
    void emptyTheServer() throws Exception {
        standalone = servers.shared(Topology.STANDALONE);
        TopologyReset.empty(standalone);
    }

    @AfterEach
    void emptyTheServerAgain() throws Exception {
        TopologyReset.empty(standalone);
    }

    private List<ScenarioRunner.Exchange> verify(RedisTopology topology, PracticeCheck check) throws Exception {
        try (ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            return runner.verify(check);
        }
    }

    /** Redis 7 moves each complete bulk into argv as it parses, so only the partial payload stays in qbuf. */
    @Test
    void rawWhenFrameIsIncompleteThenNoReplyAndTheQueryBufferHoldsItUntilTheRestArrives() throws Exception {
        List<ScenarioRunner.Exchange> transcript = verify(standalone, check(List.of(
                        new RawStep("raw", null, "*3\\r\\n$6\\r\\nCLIENT\\r\\n$7\\r\\nSETNAME\\r\\n$3\\r\\nraw\\r\\n", "+OK\\r\\n"),
                        new RawStep("raw", null, "*2\\r\\n$4\\r\\nECHO\\r\\n$5\\r\\nhel", "(no reply)"),
                        cli("B", "CLIENT LIST", "{{lines}}{{line}} name=raw {{line}} qbuf=3 {{line}} argv-mem=4 {{line}}{{lines}}")),
                new RawStep("raw", null, "lo\\r\\n", null), "$5\\r\\nhello\\r\\n"));
        assertThat(transcript).extracting(ScenarioRunner.Exchange::reply).last().isEqualTo("$5\\r\\nhello\\r\\n");
    }

    @Test
    void rawWhenTypeByteIsWrongThenOneErrorAndTheConnectionIsClosed() throws Exception {
        verify(standalone, check(List.of(), new RawStep("raw", null, "*1\\r\\n+PING\\r\\n", null),
                "-ERR Protocol error: expected '$', got '+'\\r\\n\n[connection closed by server]"));
    }

    @Test
    void rawWhenServerAlreadyClosedThenLaterSendsReportTheClose() throws Exception {
        verify(standalone, check(List.of(new RawStep("raw", null, "*1\\r\\n+PING\\r\\n",
                        "-ERR Protocol error: expected '$', got '+'\\r\\n\n[connection closed by server]")),
                new RawStep("raw", null, "PING\\r\\n", null), "[connection closed by server]"));
    }

    @Test
    void cliWhenTwoClientsThenEachHasItsOwnConnectionState() throws Exception {
        verify(standalone, check(List.of(cli("A", "MULTI", "OK"), cli("A", "SET k 1", "QUEUED"),
                cli("B", "GET k", "(nil)"), cli("A", "EXEC", "1) OK")), cli("B", "GET k", null), "\"1\""));
    }

    @Test
    void waitWhenLongerThanTheTtlThenTheKeyIsGone() throws Exception {
        verify(standalone, check(List.of(cli("A", "SET k v PX 800", "OK"), cli("A", "EXISTS k", "(integer) 1"),
                new WaitStep(Duration.ofMillis(900))), cli("A", "EXISTS k", null), "(integer) 0"));
    }

    @Test
    void pollWhenTheReplyComesThenItMatches() throws Exception {
        verify(standalone, check(List.of(cli("A", "SET k v PX 300", "OK"),
                        new CliStep("A", null, "EXISTS k", "(integer) 0", Duration.ofSeconds(3))),
                cli("A", "TTL k", null), "(integer) -2"));
    }

    @Test
    void pollWhenTheReplyNeverComesThenFailsAfterTheLimit() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> verify(standalone, check(List.of(
                        new CliStep("A", null, "EXISTS nothing", "(integer) 1", Duration.ofMillis(500))),
                cli("A", "PING", null), "PONG")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("setup step 1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
    }

    @Test
    void restartWhenGracefulThenTheShutdownSaveBringsTheKeyBack() throws Exception {
        RedisTopology own = servers.own(Topology.STANDALONE, Map.of());
        verify(own, check(List.of(cli("A", "SET k v", "OK"), new RestartStep("server", false)),
                cli("A", "GET k", null), "\"v\""));
    }

    @Test
    void restartWhenKilledThenWritesSinceTheLastSaveAreLost() throws Exception {
        RedisTopology own = servers.own(Topology.STANDALONE, Map.of());
        long pid = own.node("server").pid();
        verify(own, check(List.of(cli("A", "SET k v", "OK"), new RestartStep("server", true)),
                cli("A", "GET k", null), "(nil)"));
        assertThat(own.node("server").pid()).isNotEqualTo(pid);
    }

    @Test
    void restartWhenAppendOnlyThenEvenKillKeepsTheWrite() throws Exception {
        RedisTopology own = servers.own(Topology.STANDALONE, Map.of("appendonly", "yes", "appendfsync", "always"));
        verify(own, check(List.of(cli("A", "SET k v", "OK"), new RestartStep("server", true)),
                cli("A", "GET k", null), "\"v\""));
    }

    @Test
    void serverOptionsWhenRequirepassThenUnauthenticatedMultibulkIsLimited() throws Exception {
        RedisTopology own = servers.own(Topology.STANDALONE, Map.of("requirepass", "pw"));
        verify(own, check(List.of(new RawStep("a", null, "PING\\r\\n", "-NOAUTH Authentication required.\\r\\n")),
                new RawStep("b", null, "*11\\r\\n", null),
                "-ERR Protocol error: unauthenticated multibulk length\\r\\n\n[connection closed by server]"));
    }

    @Test
    void serverOptionsWhenRedisRejectsOneThenTheStartFailsWithTheServersOwnWords() {
        assertThatThrownBy(() -> servers.own(Topology.STANDALONE, Map.of("maxmemory-policy", "sometimes")))
                .hasMessageContaining("exited with 1").hasMessageContaining("maxmemory-policy");
    }
}
