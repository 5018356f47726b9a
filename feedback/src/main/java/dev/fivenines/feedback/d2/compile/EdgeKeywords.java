package dev.fivenines.feedback.d2.compile;

/**
 * The map of an edge: only keywords are allowed; {@code source-arrowhead}/{@code target-arrowhead}
 * hold the arrowheads' label, shape and style (d2compiler compileEdgeMap, compileArrowheads).
 */
final class EdgeKeywords {

    private final Reserved reserved;

    EdgeKeywords(Reserved reserved) {
        this.reserved = reserved;
    }

    void compile(GEdge edge, IrMap map, GraphBuilder builder) {
        for (IrMap classMap : builder.classMaps(map)) {
            compile(edge, classMap, builder);
        }
        for (IrField field : map.fields) {
            if (!(field.reservedKeyword && field.name.equals(field.lowerName))) {
                reserved.error("edge map keys must be reserved keywords", field.refs.getFirst());
                continue;
            }
            compileEdgeField(edge, field);
        }
    }

    private void compileEdgeField(GEdge edge, IrField field) {
        String keyword = field.lowerName;
        if (Keywords.STYLE.contains(keyword)) {
            reserved.error(field.name + " must be style." + field.name, field.lastRef());
        } else if (Keywords.SIMPLE.contains(keyword)) {
            reserved.compileReserved(edge.attrs, field);
        } else if (field.name.equals("style")) {
            if (field.map != null) {
                reserved.compileStyle(edge.attrs, field.map);
            }
        } else if (field.name.equals("source-arrowhead") || field.name.equals("target-arrowhead")) {
            compileArrowhead(edge, field);
        }
    }

    private void compileArrowhead(GEdge edge, IrField field) {
        Attrs attrs;
        if (field.name.equals("source-arrowhead")) {
            attrs = edge.srcArrowhead == null ? edge.srcArrowhead = new Attrs() : edge.srcArrowhead;
        } else {
            attrs = edge.dstArrowhead == null ? edge.dstArrowhead = new Attrs() : edge.dstArrowhead;
        }
        if (attrs.label == null) {
            attrs.label = "";
        }
        if (field.primary != null) {
            reserved.compileLabel(attrs, field.primary, field.lastRef().source());
        }
        if (field.map == null) {
            return;
        }
        for (IrField child : field.map.fields) {
            if (child.unquoted && Keywords.SIMPLE.contains(child.lowerName)) {
                reserved.compileReserved(attrs, child);
            } else if (child.isKeywordLower("style")) {
                if (child.map != null) {
                    reserved.compileStyle(attrs, child.map);
                }
            } else {
                reserved.error("source-arrowhead/target-arrowhead map keys must be reserved keywords", child.lastRef());
            }
        }
    }
}
