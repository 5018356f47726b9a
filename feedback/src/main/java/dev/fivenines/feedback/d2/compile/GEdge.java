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
    final List<GObj.GRef> refs = new ArrayList<>();

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

    /** {@code common.(src op dst)[index]}, as d2graph's Edge.AbsID prints it. */
    String absId() {
        String[] s = ids(src);
        String[] d = ids(dst);
        int common = 0;
        while (s.length - common > 1 && d.length - common > 1 && s[common].equalsIgnoreCase(d[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < common; i++) {
            out.append(s[i]).append('.');
        }
        out.append('(');
        join(out, s, common);
        out.append(' ').append(arrow()).append(' ');
        join(out, d, common);
        return out.append(")[").append(index).append(']').toString();
    }

    private static void join(StringBuilder out, String[] ids, int from) {
        for (int i = from; i < ids.length; i++) {
            if (i > from) {
                out.append('.');
            }
            out.append(ids[i]);
        }
    }

    /** The id elements from the top of the board down to {@code obj} (its depth counts them). */
    private static String[] ids(GObj obj) {
        String[] out = new String[obj.depth];
        int i = out.length;
        for (GObj o = obj; o != null && !o.isRoot(); o = o.parent) {
            out[--i] = o.idElement;
        }
        return out;
    }
}
