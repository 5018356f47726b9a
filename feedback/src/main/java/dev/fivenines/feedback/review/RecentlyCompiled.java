package dev.fivenines.feedback.review;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the graphs of the last few sources compiled. A submission is compiled for its review
 * and, moments later, for its outline; the second costs a lookup. Graphs are immutable, so one
 * can be handed to several threads.
 */
public final class RecentlyCompiled implements DiagramCompiler {

    private record Key(String name, String text) {
    }

    private final DiagramCompiler compiler;
    private final Map<Key, DiagramGraph> recent;

    public RecentlyCompiled(DiagramCompiler compiler, int capacity) {
        this.compiler = compiler;
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, DiagramGraph> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public DiagramGraph compile(SourceText source) {
        Key key = new Key(source.name(), source.text());
        synchronized (recent) {
            DiagramGraph known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        DiagramGraph graph = compiler.compile(source); // outside the lock: compiling is the slow part
        synchronized (recent) {
            recent.put(key, graph);
        }
        return graph;
    }
}
