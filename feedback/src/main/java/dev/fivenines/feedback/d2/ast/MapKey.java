package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;
import java.util.List;

/**
 * One entry of a map: a key ({@code a.b: label {...}}), an edge or chain
 * ({@code a -> b -> c: label}) or an edge group ({@code (a -> b)[0].style.stroke: red}).
 *
 * @param ampersand    the entry starts with {@code &} (a glob filter)
 * @param notAmpersand the entry starts with {@code !&}
 * @param key          the key path; for edges, the optional prefix before an edge group; may be null
 * @param edges        the hops of an edge or chain, in source order; empty for a plain key
 * @param edgeIndex    {@code [n]} or {@code [*]} after an edge group; null when absent
 * @param edgeKey      {@code .key} after an edge group; null when absent
 * @param primary      the scalar after {@code :} when a map follows it ({@code x: label {...}}),
 *                     or null
 * @param value        the value after {@code :} (or the map without colon); null when absent
 */
public record MapKey(
        Span span,
        boolean ampersand,
        boolean notAmpersand,
        KeyPath key,
        List<Edge> edges,
        EdgeIndex edgeIndex,
        KeyPath edgeKey,
        Scalar primary,
        Value value) implements MapNode {

    public MapKey {
        edges = List.copyOf(edges);
    }

    public boolean isEdge() {
        return !edges.isEmpty();
    }
}
