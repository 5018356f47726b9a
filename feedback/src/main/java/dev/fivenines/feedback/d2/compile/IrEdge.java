package dev.fivenines.feedback.d2.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * An IR edge, stored in the deepest map that contains both endpoints. Endpoints are the fields
 * themselves (their names relative to {@link #owner} make the edge id), and {@code index} counts
 * earlier edges of the owner with the same endpoints and arrows, as d2ir's EdgeID does.
 */
final class IrEdge {

    IrMap owner;
    IrField src;
    IrField dst;
    final boolean srcArrow;
    final boolean dstArrow;
    int index;
    IrScalar primary;
    IrMap map;
    Boolean suspended;
    /** Made with room for 2: every one gets a reference at once, most one or two (the default room is 10). */
    final List<IrRef> refs = new ArrayList<>(2);

    IrEdge(IrMap owner, IrField src, boolean srcArrow, IrField dst, boolean dstArrow) {
        this.owner = owner;
        this.src = src;
        this.srcArrow = srcArrow;
        this.dst = dst;
        this.dstArrow = dstArrow;
    }

    boolean sameEnds(IrEdge other) {
        return src == other.src && dst == other.dst && srcArrow == other.srcArrow && dstArrow == other.dstArrow;
    }

    IrMap ensureMap() {
        if (map == null) {
            map = new IrMap(null, this);
        }
        return map;
    }

    IrEdge copy(IrMap newOwner, IdentityHashMap<Object, Object> seen) {
        IrField newSrc = (IrField) seen.getOrDefault(src, src);
        IrField newDst = (IrField) seen.getOrDefault(dst, dst);
        IrEdge copy = new IrEdge(newOwner, newSrc, srcArrow, newDst, dstArrow);
        copy.index = index;
        copy.primary = primary;
        copy.suspended = suspended;
        if (map != null) {
            copy.map = map.copy(null, copy, seen);
        }
        for (IrRef ref : refs) {
            copy.refs.add(ref.inScope(IrMap.remap(ref.scope(), seen)));
        }
        return copy;
    }
}
