package dev.fivenines.feedback.d2.graph;

import java.util.List;

/**
 * A compiled D2 edge, in the terms of the conformance corpus ("connections").
 *
 * @param id             {@code <common>.(<src> <op> <dst>)[<index>]} as D2 prints it
 * @param src            absolute id of the source object
 * @param dst            absolute id of the target object
 * @param srcArrow       exported arrowhead name at the source ({@code none}, {@code triangle}, ...)
 * @param dstArrow       exported arrowhead name at the target
 * @param index          D2's edge index among edges with the same endpoints and arrows
 * @param srcLabel       the source arrowhead's label, or null
 * @param dstLabel       the target arrowhead's label, or null
 * @param srcColumnIndex sql_table column index at the source, or null
 * @param dstColumnIndex sql_table column index at the target, or null
 * @param references     the statements that declared or addressed this edge, first one first
 * @param classes        the edge's {@code class} names (empty when none)
 * @param textTransform  {@code style.text-transform} when set (the label is already transformed), or null
 */
public record Connection(
        String id,
        String src,
        String dst,
        String srcArrow,
        String dstArrow,
        String label,
        int index,
        String srcLabel,
        String dstLabel,
        Integer srcColumnIndex,
        Integer dstColumnIndex,
        List<SourceRef> references,
        List<String> classes,
        String textTransform) {

    /** Without classes and text transform: the connection as most callers build it. */
    public Connection(String id, String src, String dst, String srcArrow, String dstArrow, String label, int index,
                      String srcLabel, String dstLabel, Integer srcColumnIndex, Integer dstColumnIndex,
                      List<SourceRef> references) {
        this(id, src, dst, srcArrow, dstArrow, label, index, srcLabel, dstLabel, srcColumnIndex, dstColumnIndex,
                references, List.of(), null);
    }

    public Connection {
        references = List.copyOf(references);
        classes = List.copyOf(classes);
    }
}
