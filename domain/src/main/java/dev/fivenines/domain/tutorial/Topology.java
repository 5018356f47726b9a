package dev.fivenines.domain.tutorial;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The redis-server processes a practice check runs against, and the names its steps use for them. */
public enum Topology {
    STANDALONE(List.of("server")),
    /** A primary and one replica replicating from it. */
    REPLICA(List.of("primary", "replica")),
    /** Three masters with all 16384 slots assigned, no replicas. */
    CLUSTER(List.of("m1", "m2", "m3")),
    /** A primary, its replica and three sentinels (quorum 2) watching it as {@code mymaster}. */
    SENTINEL(List.of("primary", "replica", "s1", "s2", "s3"));

    private final List<String> nodes;

    Topology(List<String> nodes) {
        this.nodes = nodes;
    }

    /** Node names in start order; the first is where a step without a node runs. */
    public List<String> nodes() {
        return nodes;
    }

    public String firstNode() {
        return nodes.getFirst();
    }

    /** The name content files use: {@code standalone}, {@code replica}, {@code cluster}, {@code sentinel}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Topology> byId(String id) {
        for (Topology t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
