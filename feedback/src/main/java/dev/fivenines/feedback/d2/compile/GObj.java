package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A graph object while a board is being built (d2graph.Object); exported as a {@link Shape}. */
final class GObj {

    /** Up to this many children look-ups scan them; wider containers get a map, so look-ups stay O(1). */
    private static final int SCAN_LIMIT = 8;

    final String name;
    final String idElement;
    final GObj parent;
    final String absId;
    final int depth;
    /** Most objects are leaves: the list is made at the first child ({@code List.of()} until then). */
    List<GObj> children = List.of();
    /** {@link #name} in lower case: d2 keys children by lower-cased id. */
    final String lowerName;
    /**
     * Children by lower-case name, made once there are more than {@link #SCAN_LIMIT}: most objects
     * have a few children or none, and scanning those is cheaper than a map per object.
     */
    private Map<String, GObj> byId;
    final Attrs attrs = new Attrs();
    /** Made with room for 2: every one gets a reference at once, most one or two (the default room is 10). */
    final List<GRef> refs = new ArrayList<>(2);
    /**
     * sql_table columns, class fields and methods: only those two shapes have any, so each list is
     * made at its first element (List.of() until then, which Shape also keeps without copying).
     */
    List<Shape.Column> columns = List.of();
    List<Shape.ClassField> classFields = List.of();
    List<Shape.ClassMethod> methods = List.of();
    boolean absorbed;

    /** A board's root object: no name, no parent. */
    static GObj root() {
        return new GObj("", "", null);
    }

    private GObj(String name, String lowerName, GObj parent) {
        this.name = name;
        this.lowerName = lowerName;
        this.parent = parent;
        this.idElement = parent == null ? "" : IdFormat.element(name);
        this.absId = parent == null || parent.parent == null ? idElement : parent.absId + "." + idElement;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.attrs.label = name;
    }

    /**
     * The child whose name in lower case is {@code lowerName} (d2 keys children by lower-cased id);
     * callers pass the IR field's lower-case name, computed once when the field was created.
     */
    GObj childLower(String lowerName) {
        if (byId != null) {
            return byId.get(lowerName);
        }
        for (int i = 0; i < children.size(); i++) { // indexed: no iterator for every look-up
            GObj child = children.get(i);
            if (child.lowerName.equals(lowerName)) {
                return child;
            }
        }
        return null;
    }

    /**
     * A new child; the caller has checked that no child has this name. The raw name identifies
     * the child as well as its printed id does, without printing it.
     */
    GObj addChild(String childName, String lowerName) {
        GObj child = new GObj(childName, lowerName, this);
        children = Lists.appended(children, child);
        if (byId != null) {
            byId.put(lowerName, child);
        } else if (children.size() > SCAN_LIMIT) {
            byId = new HashMap<>();
            for (GObj c : children) {
                byId.put(c.lowerName, c);
            }
        }
        return child;
    }

    void addColumn(Shape.Column column) {
        columns = Lists.appended(columns, column);
    }

    void addClassField(Shape.ClassField field) {
        classFields = Lists.appended(classFields, field);
    }

    void addMethod(Shape.ClassMethod method) {
        methods = Lists.appended(methods, method);
    }

    void removeChildren() {
        children = List.of();
        byId = null;
    }

    boolean isRoot() {
        return parent == null;
    }

    boolean hasShape(String shape) {
        return attrs.shape.equalsIgnoreCase(shape);
    }

    /** The nearest strict ancestor that is a sequence diagram (d2's OuterSequenceDiagram), or null. */
    GObj outerSequenceDiagram() {
        for (GObj o = parent; o != null; o = o.parent) {
            if (o.attrs.shape.equals("sequence_diagram")) {
                return o;
            }
        }
        return null;
    }

    boolean isDescendantOf(GObj ancestor) {
        for (GObj o = this; o != null; o = o.parent) {
            if (o == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A reference with the object of the map it was written in (d2's ScopeObj). */
    record GRef(IrRef ref, GObj scopeObj) {
    }
}
