package dev.fivenines.content.practice;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fivenines.domain.tutorial.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class real redis-server topologies: each shared shape is started
 * the first time a test asks for it and kept for the rest of the class; every topology is torn down
 * after the class, whether its tests passed or failed. Without redis-server and redis-cli on the
 * PATH the class is skipped, loudly. Register it as
 * {@code @RegisterExtension static final RedisServers servers = new RedisServers();}.
 */
final class RedisServers implements BeforeAllCallback, AfterAllCallback {

    private final String searchPath;
    private final Map<Topology, RedisTopology> shared = new EnumMap<>(Topology.class);
    private final List<RedisTopology> own = new ArrayList<>();
    private Path serverBinary;
    private Path cliBinary;

    /** Finds redis-server and redis-cli on the PATH. */
    RedisServers() {
        this(Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/usr/local/bin"));
    }

    /** @param searchPath where to look for the binaries, as in PATH (a test of the skip uses an empty one) */
    RedisServers(String searchPath) {
        this.searchPath = searchPath;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        serverBinary = onPath("redis-server").orElse(null);
        cliBinary = onPath("redis-cli").orElse(null);
        if (serverBinary == null || cliBinary == null) {
            String message = "*** " + context.getDisplayName() + " SKIPPED: "
                    + (serverBinary == null ? "redis-server" : "redis-cli") + " is not on the PATH"
                    + " (install it: apt-get install redis-server, which brings redis-cli) --"
                    + " practice checks and topologies were NOT verified ***";
            System.err.println(message);
            assumeTrue(false, message);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        shared.values().forEach(RedisTopology::close);
        shared.clear();
        own.forEach(RedisTopology::close);
        own.clear();
    }

    /** The class's one topology of this shape, started on first use. */
    RedisTopology shared(Topology shape) throws IOException {
        RedisTopology topology = shared.get(shape);
        if (topology == null) {
            topology = RedisTopology.start(serverBinary, shape, Map.of());
            shared.put(shape, topology);
        }
        return topology;
    }

    /** A topology of its own, for a test that restarts servers or needs other options; closed after the class. */
    RedisTopology own(Topology shape, Map<String, String> options) throws IOException {
        RedisTopology topology = RedisTopology.start(serverBinary, shape, options);
        own.add(topology);
        return topology;
    }

    /** Stops a topology before the class ends (the harness's own teardown test). */
    void close(RedisTopology topology) {
        topology.close();
        own.remove(topology);
        shared.values().remove(topology);
    }

    RedisCli cli(RedisNode node) {
        return new RedisCli(cliBinary, node.port(), node.password());
    }

    private Optional<Path> onPath(String name) {
        return Arrays.stream(searchPath.split(":")).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }
}
