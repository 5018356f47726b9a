package dev.fivenines.feedback.d2.compile;

import java.util.IdentityHashMap;
import java.util.List;

/** Merges one IR map into another, as imports and map-valued vars do: same names merge, edges copy. */
final class IrMerge {

    private final IrCompiler ir;
    private final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();

    private final boolean fromVars;

    IrMerge(IrCompiler ir) {
        this(ir, false);
    }

    /** @param fromVars the source is a var: its references float (see {@link IrRef#floatingCopy()}) */
    IrMerge(IrCompiler ir, boolean fromVars) {
        this.ir = ir;
        this.fromVars = fromVars;
    }

    void map(IrMap source, IrMap target) {
        if (source == target) {
            return; // a var spread inside its own definition: the map already holds itself
        }
        seen.put(source, target);
        // snapshots, as Go's range takes them: a var spread into a map that holds the var itself
        // ("vars: {v: {v: {x}}; ...${v}}") merges into the very map being read
        for (IrField field : List.copyOf(source.fields)) {
            field(field, target);
        }
        for (IrEdge edge : List.copyOf(source.edges)) {
            IrEdge copy = edge.copy(target, seen);
            target.addEdge(copy);
        }
        target.addGlobs(source.globs());
    }

    void field(IrField source, IrMap target) {
        IrField existing = target.get(source.name, source.unquoted);
        if (existing == null) {
            IrField copy = source.copy(target, seen);
            if (fromVars) {
                floatAll(copy);
            }
            target.adopt(copy);
            return;
        }
        into(source, existing);
    }

    /** Merges {@code source}'s value into {@code target} (same field, other statement). */
    void into(IrField source, IrField target) {
        if (source == target) {
            return; // itself: nothing to merge (copying its references into themselves would fail)
        }
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
        for (IrRef ref : List.copyOf(source.refs)) {
            IrRef copy = ref.inScope(IrMap.remap(ref.scope(), seen));
            target.owner.budget.spend(); // merges into merges can double the references every time
            target.refs.add(fromVars ? copy.floatingCopy() : copy);
        }
        if (source.map != null) {
            map(source.map, ir.mapOf(target));
        }
    }

    private static void floatAll(IrField field) {
        field.refs.replaceAll(IrRef::floatingCopy);
        if (field.map != null) {
            field.map.fields.forEach(IrMerge::floatAll);
            field.map.edges.forEach(edge -> edge.refs.replaceAll(IrRef::floatingCopy));
        }
    }
}
