package dev.fivenines.content.practice;

import dev.fivenines.domain.tutorial.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real redis-server processes on free ports in a temporary directory, wired into one of the
 * {@link Topology} shapes and ready to use when {@link #start} returns. {@link #close} kills every
 * process by pid and deletes the directory.
 */
final class RedisTopology implements AutoCloseable {

    static final String SENTINEL_MASTER = "mymaster";
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(20);
    private static final int[][] CLUSTER_SLOTS = {{0, 5460}, {5461, 10922}, {10923, 16383}};

    private final Topology shape;
    private final Path root;
    private final Map<String, RedisNode> nodes = new LinkedHashMap<>();

    private RedisTopology(Topology shape, Path root) {
        this.shape = shape;
        this.root = root;
    }

    /** @param options redis-server options for the data nodes (not the sentinels), {@code name -> value} */
    static RedisTopology start(Path binary, Topology shape, Map<String, String> options) throws IOException {
        RedisTopology topology = new RedisTopology(shape, Files.createTempDirectory("fivenines-redis-" + shape.id() + "-"));
        try {
            topology.startNodes(binary, options);
            return topology;
        } catch (IOException | RuntimeException e) {
            topology.close();
            throw e;
        }
    }

    RedisNode node(String name) {
        RedisNode node = nodes.get(name == null ? shape.firstNode() : name);
        if (node == null) {
            throw new IllegalArgumentException("no node '" + name + "' in " + shape.id() + " (" + nodes.keySet() + ")");
        }
        return node;
    }

    List<RedisNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The nodes that hold data (every node but the sentinels). */
    List<RedisNode> dataNodes() {
        return nodes.values().stream().filter(n -> !n.name().matches("s\\d")).toList();
    }

    private void startNodes(Path binary, Map<String, String> options) throws IOException {
        String password = options.get("requirepass");
        // A full sync starts at once instead of after 7.0's 5 s wait for more replicas; a check may set it back.
        List<String> dataOptions = new ArrayList<>(List.of("--repl-diskless-sync-delay", "0"));
        options.forEach((name, value) -> dataOptions.addAll(List.of("--" + name, value)));
        if (password != null) {
            dataOptions.addAll(List.of("--masterauth", password));
        }
        switch (shape) {
            case STANDALONE -> add(binary, "server", false, null, dataOptions, password);
            case REPLICA -> startPrimaryAndReplica(binary, dataOptions, password);
            case CLUSTER -> startCluster(binary, dataOptions, password);
            case SENTINEL -> {
                startPrimaryAndReplica(binary, dataOptions, password);
                startSentinels(binary, password);
            }
        }
    }

    private void startPrimaryAndReplica(Path binary, List<String> options, String password) throws IOException {
        RedisNode primary = add(binary, "primary", false, null, options, password);
        List<String> replicaOptions = new ArrayList<>(options);
        replicaOptions.addAll(List.of("--replicaof", "127.0.0.1", String.valueOf(primary.port())));
        RedisNode replica = add(binary, "replica", false, null, replicaOptions, password);
        Waits.until("the replica's link to the primary", SETTLE_LIMIT,
                () -> replica.tryCall("INFO", "replication").contains("master_link_status:up"));
    }

    private void startCluster(Path binary, List<String> options, String password) throws IOException {
        List<String> clusterOptions = new ArrayList<>(options);
        clusterOptions.addAll(List.of("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                "--cluster-node-timeout", "2000"));
        List<RedisNode> masters = new ArrayList<>();
        for (String name : shape.nodes()) {
            masters.add(add(binary, name, true, null, clusterOptions, password));
        }
        for (int i = 0; i < masters.size(); i++) {
            expectOk(masters.get(i).call("CLUSTER", "ADDSLOTSRANGE",
                    String.valueOf(CLUSTER_SLOTS[i][0]), String.valueOf(CLUSTER_SLOTS[i][1])));
            if (i > 0) {
                expectOk(masters.get(i).call("CLUSTER", "MEET", "127.0.0.1", String.valueOf(masters.getFirst().port())));
            }
        }
        for (RedisNode master : masters) {
            Waits.until(master + " to see cluster_state:ok", SETTLE_LIMIT,
                    () -> master.tryCall("CLUSTER", "INFO").contains("cluster_state:ok")
                            && master.tryCall("CLUSTER", "INFO").contains("cluster_known_nodes:3"));
        }
    }

    /** Short timeouts so a failover finishes in seconds: down after 1 s, quorum 2 of 3. */
    private void startSentinels(Path binary, String password) throws IOException {
        RedisNode primary = nodes.get("primary");
        for (String name : List.of("s1", "s2", "s3")) {
            Path dir = Files.createDirectories(root.resolve(name));
            Path config = dir.resolve("sentinel.conf");
            Files.writeString(config, String.join("\n",
                    "sentinel monitor " + SENTINEL_MASTER + " 127.0.0.1 " + primary.port() + " 2",
                    "sentinel down-after-milliseconds " + SENTINEL_MASTER + " 1000",
                    "sentinel failover-timeout " + SENTINEL_MASTER + " 10000",
                    "sentinel parallel-syncs " + SENTINEL_MASTER + " 1",
                    password == null ? "" : "sentinel auth-pass " + SENTINEL_MASTER + " " + password, ""));
            nodes.put(name, startOnFreePort(binary, name, false, dir, config, List.of("--sentinel"), null));
        }
        for (String name : List.of("s1", "s2", "s3")) {
            RedisNode sentinel = nodes.get(name);
            Waits.until(name + " to know the replica and the two other sentinels", SETTLE_LIMIT, () -> {
                String master = sentinel.tryCall("SENTINEL", "MASTER", SENTINEL_MASTER);
                return master.contains("num-slaves\n1") && master.contains("num-other-sentinels\n2");
            });
        }
    }

    private RedisNode add(Path binary, String name, boolean clusterBus, Path config, List<String> options,
                          String password) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        RedisNode node = startOnFreePort(binary, name, clusterBus, dir, config, options, password);
        nodes.put(name, node);
        return node;
    }

    /**
     * A port found free may be taken by someone else before redis-server binds it (other test JVMs
     * share this machine), so a start that fails on a busy address is tried again on another port.
     */
    private static RedisNode startOnFreePort(Path binary, String name, boolean clusterBus, Path dir, Path config,
                                             List<String> options, String password) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return RedisNode.start(binary, name, FreePorts.next(clusterBus), dir, config, options, password);
            } catch (IllegalStateException e) {
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("Address already in use")) {
                    throw e;
                }
            }
        }
    }

    private static void expectOk(String reply) throws IOException {
        if (!reply.equals("OK")) {
            throw new IOException("cluster setup failed: " + reply);
        }
    }

    /** Kills every process (kill -9: nothing here needs saving) and deletes the directory. */
    @Override
    public void close() {
        for (RedisNode node : nodes.values()) {
            node.stop(true);
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless; a leftover process is not, and that is handled above
        }
    }

    @Override
    public String toString() {
        return shape.id() + nodes.values();
    }
}
