package dev.fivenines.feedback.review;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Remembers the graphs of the last sources compiled. A submission is compiled for its review and,
 * moments later, for its outline; the second costs a lookup. Graphs are immutable, so one can be
 * handed to several threads.
 *
 * <p>Memory is bounded by weight, not count ({@link GraphWeight}: about the characters a graph and
 * its key keep): a count let three small sources that compiled into 50 MB labels pin 160 MB. A
 * graph heavier than {@link #DEFAULT_MAX_ENTRY_WEIGHT} is returned but not kept, and neither is a
 * compile whose thread was interrupted (its time ran out: another try may finish).
 */
public final class RecentlyCompiled implements DiagramCompiler {

    /** About 64 MB of graphs: dozens of the largest diagrams a 64 KiB source makes by hand. */
    public static final long DEFAULT_MAX_WEIGHT = 32L << 20;
    /** Ten times the graph of a 64 KiB, 5,000-line diagram; only generated text comes near it. */
    public static final long DEFAULT_MAX_ENTRY_WEIGHT = 4L << 20;

    private record Key(String name, String text) {
    }

    private record Weighed(DiagramGraph graph, int weight) {
    }

    private final DiagramCompiler compiler;
    private final long maxEntryWeight;
    private final Cache<Key, Weighed> recent;

    public RecentlyCompiled(DiagramCompiler compiler) {
        this(compiler, DEFAULT_MAX_WEIGHT, DEFAULT_MAX_ENTRY_WEIGHT, ForkJoinPool.commonPool());
    }

    /** @param maintenance where Caffeine evicts ({@code Runnable::run} makes eviction immediate, for tests) */
    RecentlyCompiled(DiagramCompiler compiler, long maxWeight, long maxEntryWeight, Executor maintenance) {
        this.compiler = compiler;
        this.maxEntryWeight = maxEntryWeight;
        this.recent = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Key key, Weighed weighed) -> weighed.weight())
                .executor(maintenance)
                .build();
    }

    @Override
    public DiagramGraph compile(SourceText source) {
        Key key = new Key(source.name(), source.text());
        Weighed known = recent.getIfPresent(key);
        if (known != null) {
            return known.graph();
        }
        // compiled outside the cache: a compute would hold a lock of the map for as long as a hostile compile runs
        DiagramGraph graph = compiler.compile(source);
        int weight = weight(key, graph);
        if (!Thread.currentThread().isInterrupted() && weight <= maxEntryWeight) {
            recent.put(key, new Weighed(graph, weight));
        }
        return graph;
    }

    private static int weight(Key key, DiagramGraph graph) {
        return (int) Math.min(Integer.MAX_VALUE, key.name().length() + key.text().length() + GraphWeight.of(graph));
    }
}
