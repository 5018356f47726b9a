package dev.fivenines.feedback.d2.compile;

import java.util.ArrayList;
import java.util.List;

/** A graph edge while a board is being built (d2graph.Edge). */
final class GEdge {

    final GObj src;
    final GObj dst;
    final boolean srcArrow;
    final boolean dstArrow;
    final int index;
    final Attrs attrs = new Attrs();
    Attrs srcArrowhead;
    Attrs dstArrowhead;
    Integer srcColumn;
    Integer dstColumn;
    /** Made with room for 2: every one gets a reference at once, most one or two (the default room is 10). */
    final List<GObj.GRef> refs = new ArrayList<>(2);

    GEdge(GObj src, boolean srcArrow, GObj dst, boolean dstArrow, int index) {
        this.src = src;
        this.srcArrow = srcArrow;
        this.dst = dst;
        this.dstArrow = dstArrow;
        this.index = index;
        this.attrs.label = "";
    }

    String arrow() {
        if (srcArrow && dstArrow) {
            return "<->";
        }
        if (dstArrow) {
            return "->";
        }
        return srcArrow ? "<-" : "--";
    }

    /**
     * {@code common.(src op dst)[index]}, as d2graph's Edge.AbsID prints it. An object's absolute id
     * is its path's id elements joined by dots, so the common part and both ends are cut out of the
     * ends' own absolute ids instead of joining the elements again (this runs for every edge).
     */
    String absId() {
        if (src.depth <= 1 || dst.depth <= 1) {
            // an end at the top of the board: no common part, and no paths to compare
            return "(" + src.absId + " " + arrow() + " " + dst.absId + ")[" + index + "]";
        }
        GObj[] s = path(src);
        GObj[] d = path(dst);
        int common = 0;
        while (s.length - common > 1 && d.length - common > 1
                && s[common].idElement.equalsIgnoreCase(d[common].idElement)) {
            common++;
        }
        int srcCut = common == 0 ? 0 : s[common - 1].absId.length() + 1;
        int dstCut = common == 0 ? 0 : d[common - 1].absId.length() + 1;
        StringBuilder out = new StringBuilder(src.absId.length() + dst.absId.length() + 16);
        out.append(src.absId, 0, srcCut).append('(').append(src.absId, srcCut, src.absId.length());
        out.append(' ').append(arrow()).append(' ').append(dst.absId, dstCut, dst.absId.length());
        return out.append(")[").append(index).append(']').toString();
    }

    /** The objects from the top of the board down to {@code obj} (its depth counts them). */
    private static GObj[] path(GObj obj) {
        GObj[] out = new GObj[obj.depth];
        int i = out.length;
        for (GObj o = obj; o != null && !o.isRoot(); o = o.parent) {
            out[--i] = o;
        }
        return out;
    }
}
