package dev.fivenines.feedback.d2.compile;

import java.util.IdentityHashMap;

/** Merges one IR map into another, as imports and map-valued vars do: same names merge, edges copy. */
final class IrMerge {

    private final IrCompiler ir;
    private final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();

    IrMerge(IrCompiler ir) {
        this.ir = ir;
    }

    void map(IrMap source, IrMap target) {
        seen.put(source, target);
        for (IrField field : source.fields) {
            field(field, target);
        }
        for (IrEdge edge : source.edges) {
            IrEdge copy = edge.copy(target, seen);
            target.addEdge(copy);
        }
        target.globs.addAll(source.globs);
    }

    void field(IrField source, IrMap target) {
        IrField existing = target.get(source.name);
        if (existing == null) {
            target.adopt(source.copy(target, seen));
            return;
        }
        into(source, existing);
    }

    /** Merges {@code source}'s value into {@code target} (same field, other statement). */
    void into(IrField source, IrField target) {
        seen.put(source, target);
        if (source.primary != null && !(ir.lazy && target.primary != null)) {
            target.primary = source.primary;
        }
        if (source.array != null) {
            target.array = source.array;
        }
        if (source.suspended != null) {
            target.suspended = source.suspended;
        }
        for (IrRef ref : source.refs) {
            target.refs.add(ref.inScope(IrMap.remap(ref.scope(), seen)));
        }
        if (source.map != null) {
            map(source.map, ir.mapOf(target));
        }
    }
}
