package dev.fivenines.domain.tutorial;

import java.time.Duration;

/**
 * One redis-cli command in a practice check.
 *
 * @param client    names the connection ({@code A}, {@code B}); steps with the same client share a
 *                  connection, which stays on the node it first ran on
 * @param node      the topology node it runs on; null for the topology's first node
 * @param reply     the expected reply exactly as {@code redis-cli --no-raw} prints it, with the
 *                  placeholders of {@code practice-checks.json}; null for the asked command
 * @param pollLimit when set, the command is repeated until its reply matches {@code reply}, for at
 *                  most this long (a replica catching up, a failover); null runs it once
 */
public record CliStep(String client, String node, String command, String reply, Duration pollLimit)
        implements ScenarioStep {

    /** A command run once on the first node. */
    public CliStep(String client, String command, String reply) {
        this(client, null, command, reply, null);
    }

    public boolean polls() {
        return pollLimit != null;
    }
}
