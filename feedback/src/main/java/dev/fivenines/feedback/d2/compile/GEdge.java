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
        List<String> s = ids(src);
        List<String> d = ids(dst);
        List<String> common = new ArrayList<>();
        int i = 0;
        while (s.size() - i > 1 && d.size() - i > 1 && s.get(i).equalsIgnoreCase(d.get(i))) {
            common.add(s.get(i));
            i++;
        }
        String prefix = common.isEmpty() ? "" : String.join(".", common) + ".";
        return prefix + "(" + String.join(".", s.subList(i, s.size())) + " " + arrow() + " "
                + String.join(".", d.subList(i, d.size())) + ")[" + index + "]";
    }

    private static List<String> ids(GObj obj) {
        List<String> out = new ArrayList<>();
        for (GObj o = obj; o != null && !o.isRoot(); o = o.parent) {
            out.addFirst(o.idElement);
        }
        return out;
    }
}
