package dev.fivenines.content.practice;

import java.io.IOException;
import java.time.Duration;

/** Empties a shared topology between checks: FLUSHALL on every primary, then replicas seen empty. */
final class TopologyReset {

    private static final Duration REPLICA_LIMIT = Duration.ofSeconds(5);

    private TopologyReset() {
    }

    static void empty(RedisTopology topology) throws IOException {
        for (RedisNode node : topology.dataNodes()) {
            if (node.call("ROLE").startsWith("master")) {
                String reply = node.call("FLUSHALL");
                if (!reply.equals("OK")) {
                    throw new IOException("FLUSHALL on " + node + " failed: " + reply);
                }
            }
        }
        for (RedisNode node : topology.dataNodes()) {
            if (node.call("ROLE").startsWith("slave")) {
                Waits.until(node + " to replicate the FLUSHALL", REPLICA_LIMIT, () -> node.tryCall("DBSIZE").equals("0"));
            }
        }
    }
}
