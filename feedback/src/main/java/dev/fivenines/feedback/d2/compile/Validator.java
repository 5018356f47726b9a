package dev.fivenines.feedback.d2.compile;

import java.util.Locale;

/** Checks made after a board's objects exist (d2compiler validateKeys, validateLabels, validateNear). */
final class Validator {

    private final Reserved reserved;
    private final GraphBuilder builder;

    Validator(Reserved reserved, GraphBuilder builder) {
        this.reserved = reserved;
        this.builder = builder;
    }

    void validateKeys(GObj obj, IrMap map) {
        for (IrField field : map.fields) {
            if (field.isBoardKeyword()) {
                continue;
            }
            validateKey(obj, field);
        }
    }

    private void validateKey(GObj obj, IrField field) {
        if (field.reservedKeyword) {
            validateReserved(obj, field, field.lowerName);
            return;
        }
        if (obj.hasShape("image") && obj.outerSequenceDiagram() == null) {
            reserved.error("image shapes cannot have children.", field.lastRef());
            return;
        }
        GObj child = obj.childLower(field.lowerName);
        if (child != null && field.map != null) {
            validateKeys(child, field.map);
        }
    }

    private void validateReserved(GObj obj, IrField field, String keyword) {
        Attrs attrs = obj.attrs;
        if ((obj.hasShape("circle") || obj.hasShape("square"))
                && ((keyword.equals("width") && attrs.height != null) || (keyword.equals("height") && attrs.width != null))
                && attrs.width != null && !attrs.width.equals(attrs.height)) {
            reserved.error("width and height must be equal for " + attrs.shape + " shapes", field.lastRef());
        }
        switch (field.name) {
            case "style" -> validateStyle(obj, field);
            case "shape" -> {
                if (obj.hasShape("image") && attrs.icon == null) {
                    reserved.error("image shape must include an \"icon\" field", field.lastRef());
                }
                if (!Keywords.SHAPES.contains(attrs.shape) && Keywords.ARROWHEADS.contains(attrs.shape)) {
                    reserved.error("invalid shape, can only set \"" + attrs.shape + "\" for arrowheads",
                            field.lastRef());
                }
            }
            case "constraint" -> {
                if (!obj.hasShape("sql_table")) {
                    reserved.error("\"constraint\" keyword can only be used in \"sql_table\" shapes", field.lastRef());
                }
            }
            default -> { }
        }
    }

    private void validateStyle(GObj obj, IrField style) {
        IrField threeD = style.map == null ? null : style.map.getLower("3d");
        if (threeD != null && !(obj.hasShape("square") || obj.hasShape("rectangle") || obj.hasShape("hexagon"))) {
            reserved.error("key \"3d\" can only be applied to squares, rectangles, and hexagons", threeD.lastRef());
        }
        IrField doubleBorder = style.map == null ? null : style.map.getLower("double-border");
        if (doubleBorder != null && !(obj.attrs.shape.isEmpty() || obj.hasShape("square") || obj.hasShape("rectangle") || obj.hasShape("circle")
                || obj.hasShape("oval"))) {
            reserved.error("key \"double-border\" can only be applied to squares, rectangles, circles, ovals",
                    doubleBorder.lastRef());
        }
    }

    /**
     * Edges from a constant-near object, a grid cell, a grid or a sequence diagram into its own
     * inside; one pass per kind, in that order, as d2 reports them.
     */
    void validateEdges() {
        for (int kind = 0; kind < 4; kind++) {
            for (GEdge edge : builder.edges) {
                String problem = entersItself(edge.src, edge.dst, kind);
                if (problem == null) {
                    problem = entersItself(edge.dst, edge.src, kind);
                }
                if (problem != null && !edge.refs.isEmpty()) {
                    reserved.error(problem, edge.refs.getFirst().ref());
                }
            }
        }
    }

    private static String entersItself(GObj from, GObj into, int kind) {
        if (from == into || !into.isDescendantOf(from)) {
            return null;
        }
        return switch (kind) {
            case 0 -> from.attrs.near != null && Keywords.NEAR_CONSTANTS.contains(from.attrs.near)
                    ? "edge from constant near \"" + from.absId + "\" cannot enter itself" : null;
            case 1 -> from.parent != null && from.parent.attrs.grid
                    ? "edge from grid cell \"" + from.absId + "\" cannot enter itself" : null;
            case 2 -> from.attrs.grid ? "edge from grid diagram \"" + from.absId + "\" cannot enter itself" : null;
            default -> from.hasShape("sequence_diagram")
                    ? "edge from sequence diagram \"" + from.absId + "\" cannot enter itself" : null;
        };
    }

    /** top/left inside a hierarchy, a grid or a sequence diagram. */
    void validatePositions() {
        for (GObj obj : builder.objects) {
            if (!obj.attrs.hasPosition || obj.parent == null) {
                continue;
            }
            GObj parent = obj.parent;
            if (parent.hasShape("hierarchy")) {
                reserved.nearError("position keywords cannot be used with shape \"hierarchy\"", obj);
            }
        }
    }

    void validateLabels() {
        for (GObj obj : builder.objects) {
            Attrs attrs = obj.attrs;
            if (obj.hasShape("text") && attrs.language.isEmpty() && attrs.label.isBlank() && attrs.labelSpan != null) {
                reserved.builderError("shape text must have a non-empty label", attrs);
            } else if (obj.hasShape("sql_table") && attrs.label.contains("\n") && attrs.labelSpan != null) {
                reserved.builderError("shape sql_table cannot have newlines in label", attrs);
            }
        }
    }

    void validateNear() {
        for (GObj obj : builder.objects) {
            String near = obj.attrs.near;
            if (near == null) {
                continue;
            }
            if (Keywords.NEAR_CONSTANTS.contains(near.toLowerCase(Locale.ROOT))) {
                if (obj.parent != builder.root) {
                    reserved.nearError("constant near keys can only be set on root level shapes", obj);
                }
                continue;
            }
            GObj target = find(near);
            if (target != null && target.outerSequenceDiagram() != null) {
                reserved.nearError("near keys cannot be set to an object within sequence diagrams", obj);
            } else if (target != null && target.attrs.near != null
                    && Keywords.NEAR_CONSTANTS.contains(target.attrs.near)) {
                reserved.nearError("near keys cannot be set to an object with a constant near key", obj);
            } else if (target != null && inGrid(target)) {
                reserved.nearError("near keys cannot be set to descendants of special objects, like grid cells", obj);
            } else if (target == null) {
                reserved.nearError("near key \"" + near + "\" must be the absolute path to a shape or one of the "
                        + "following constants: " + String.join(", ", Keywords.NEAR_CONSTANTS), obj);
            } else if (obj.isDescendantOf(target)) {
                reserved.nearError("near keys cannot be set to an ancestor", obj);
            } else if (target.isDescendantOf(obj)) {
                reserved.nearError("near keys cannot be set to an descendant", obj);
            }
        }
    }

    private static boolean inGrid(GObj obj) {
        for (GObj o = obj.parent; o != null; o = o.parent) {
            if (o.attrs.grid) {
                return true;
            }
        }
        return false;
    }

    private GObj find(String absId) {
        for (GObj obj : builder.objects) {
            if (obj.absId.equalsIgnoreCase(absId)) {
                return obj;
            }
        }
        return null;
    }
}
