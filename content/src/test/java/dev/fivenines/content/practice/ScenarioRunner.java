package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.RawBytes;
import dev.fivenines.domain.tutorial.RawStep;
import dev.fivenines.domain.tutorial.RestartStep;
import dev.fivenines.domain.tutorial.ScenarioStep;
import dev.fivenines.domain.tutorial.WaitStep;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a practice check's scenario on a topology, step by step, and holds every reply to what the
 * content says. Client names map to connections opened on first use: a redis-cli session or a raw
 * socket, on the step's node. A restart ends the connections to the restarted node; the next step
 * of such a client connects again, as a learner re-running redis-cli would.
 */
final class ScenarioRunner implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    /** One step and the reply Redis gave (null for a wait or a restart). */
    record Exchange(ScenarioStep step, String reply) {
    }

    private record Client(String node, AutoCloseable connection) {
    }

    private final RedisTopology topology;
    private final Function<RedisNode, RedisCli> clis;
    private final Map<String, Client> clients = new LinkedHashMap<>();

    ScenarioRunner(RedisTopology topology, Function<RedisNode, RedisCli> clis) {
        this.topology = topology;
        this.clis = clis;
    }

    /** Runs the whole check; fails on the first reply that is not what the content expects. */
    List<Exchange> verify(PracticeCheck check) throws Exception {
        List<Exchange> transcript = new ArrayList<>();
        for (int i = 0; i < check.setup().size(); i++) {
            ScenarioStep step = check.setup().get(i);
            String expected = switch (step) {
                case CliStep cli -> cli.reply();
                case RawStep raw -> raw.reply();
                default -> null;
            };
            String actual = run(step, expected);
            transcript.add(new Exchange(step, actual));
            if (expected != null) {
                assertReply(check.id() + " setup step " + (i + 1), expected, actual);
            }
        }
        String actual = run(check.command(), check.answer());
        transcript.add(new Exchange(check.command(), actual));
        assertReply(check.id() + " asked step", check.answer(), actual);
        return transcript;
    }

    /**
     * Runs one step and returns its reply (a poll returns the reply that matched, or the last one).
     *
     * @param expected the reply the content expects, or null: a raw reply that does not match it yet
     *                 is given a little longer to arrive in full
     */
    String run(ScenarioStep step, String expected) throws Exception {
        return switch (step) {
            case CliStep cli when cli.polls() -> poll(cli);
            case CliStep cli -> cliSession(cli.client(), cli.node()).run(cli.command());
            case RawStep raw -> rawConnection(raw.client(), raw.node()).send(RawBytes.decode(raw.bytes()),
                    expected == null ? reply -> true : ExpectedReply.of(expected)::matches);
            case WaitStep wait -> {
                Thread.sleep(wait.duration());
                yield null;
            }
            case RestartStep restart -> {
                RedisNode node = topology.node(restart.node());
                disconnect(node.name());
                node.restart(restart.kill());
                yield null;
            }
        };
    }

    private String poll(CliStep step) throws Exception {
        ExpectedReply until = ExpectedReply.of(step.reply());
        long deadline = System.nanoTime() + step.pollLimit().toNanos();
        while (true) {
            String reply = cliSession(step.client(), step.node()).run(step.command());
            if (until.matches(reply) || System.nanoTime() > deadline) {
                return reply;
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    private CliSession cliSession(String client, String node) throws IOException {
        return connection(client, node, CliSession.class);
    }

    private RawConnection rawConnection(String client, String node) throws IOException {
        return connection(client, node, RawConnection.class);
    }

    private <T extends AutoCloseable> T connection(String client, String nodeName, Class<T> kind) throws IOException {
        RedisNode node = topology.node(nodeName);
        Client existing = clients.get(client);
        if (existing == null) {
            AutoCloseable opened = kind == CliSession.class
                    ? clis.apply(node).openSession(client)
                    : new RawConnection(node.port());
            existing = new Client(node.name(), opened);
            clients.put(client, existing);
        }
        if (!existing.node().equals(node.name()) || !kind.isInstance(existing.connection())) {
            throw new IllegalStateException("client " + client + " is a " + existing.connection().getClass().getSimpleName()
                    + " on " + existing.node() + "; the validator should have rejected this step");
        }
        return kind.cast(existing.connection());
    }

    private void disconnect(String node) throws Exception {
        for (var it = clients.values().iterator(); it.hasNext(); ) {
            Client client = it.next();
            if (client.node().equals(node)) {
                client.connection().close();
                it.remove();
            }
        }
    }

    static void assertReply(String what, String expected, String actual) {
        assertThat(actual).as("%s: no reply", what).isNotNull();
        assertThat(ExpectedReply.of(expected).matches(actual))
                .as("%s%n  expected: %s%n  actual:   %s", what, expected.replace("\n", "\\n"), actual.replace("\n", "\\n"))
                .isTrue();
    }

    @Override
    public void close() throws Exception {
        for (Client client : clients.values()) {
            client.connection().close();
        }
        clients.clear();
    }
}
