package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.Shape.SeqRole;
import java.util.List;

/**
 * Roles inside sequence diagrams (d2graph/seqdiagram.go): groups are decided from where statements
 * were written (reference scopes), notes are childless, edge-free descendants of actors, spans the
 * other descendants of actors.
 */
final class SeqRoles {

    private final List<GObj> objects;
    private final List<GEdge> edges;

    SeqRoles(List<GObj> objects, List<GEdge> edges) {
        this.objects = objects;
        this.edges = edges;
    }

    SeqRole roleOf(GObj obj) {
        GObj seq = obj.outerSequenceDiagram();
        if (seq == null) {
            return null;
        }
        GObj actor = actorAncestor(obj, seq);
        if (obj.parent == seq) {
            return isGroup(obj) ? SeqRole.GROUP : SeqRole.ACTOR;
        }
        for (GObj o = obj.parent; o != seq; o = o.parent) {
            if (o.attrs.grid) {
                // cells of a grid inside a sequence diagram are laid out by the grid, not as spans/notes
                return SeqRole.OTHER;
            }
        }
        if (actor != null && !isGroup(actor)) {
            return isNote(obj) ? SeqRole.NOTE : SeqRole.SPAN;
        }
        return isGroup(obj) ? SeqRole.GROUP : SeqRole.OTHER;
    }

    private static GObj actorAncestor(GObj obj, GObj seq) {
        for (GObj o = obj; o != null; o = o.parent) {
            if (o.parent == seq) {
                return o;
            }
        }
        return null;
    }

    boolean isGroup(GObj obj) {
        for (GEdge edge : edges) {
            if (edge.src == obj || edge.dst == obj) {
                return false;
            }
        }
        for (GObj child : obj.children) {
            if (!containsAnyEdge(child)) {
                return false;
            }
        }
        return containsAnyObject(obj) || containsAnyEdge(obj);
    }

    private boolean isNote(GObj obj) {
        boolean edgeRef = obj.refs.stream().anyMatch(r -> r.ref().mapKey() != null && r.ref().mapKey().isEdge());
        return !edgeRef && !containsAnyEdge(obj) && obj.children.isEmpty() && !containsAnyObject(obj);
    }

    private boolean containsAnyObject(GObj obj) {
        for (GObj other : objects) {
            if (containedBy(other.refs, obj)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAnyEdge(GObj obj) {
        for (GEdge edge : edges) {
            if (containedBy(edge.refs, obj)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containedBy(List<GObj.GRef> refs, GObj obj) {
        for (GObj.GRef ref : refs) {
            if (ref.scopeObj() != null && ref.scopeObj().isDescendantOf(obj)) {
                return true;
            }
        }
        return false;
    }
}
