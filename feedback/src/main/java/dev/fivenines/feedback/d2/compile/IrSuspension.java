package dev.fivenines.feedback.d2.compile;

import java.util.List;

/**
 * {@code suspend}/{@code unsuspend}: suspended fields and edges leave the IR at the end of its
 * compilation; an unsuspended edge brings back its endpoints and their ancestors (d2ir
 * removeSuspendedFields).
 */
final class IrSuspension {

    private IrSuspension() {
    }

    static void removeSuspended(IrCompiler ir, IrMap map) {
        unsuspendEdgeEnds(map);
        remove(ir, map);
    }

    private static void unsuspendEdgeEnds(IrMap map) {
        for (IrEdge edge : map.edges) {
            if (Boolean.FALSE.equals(edge.suspended)) {
                unsuspendChain(edge.src);
                unsuspendChain(edge.dst);
            }
        }
        for (IrField field : map.fields) {
            if (field.map != null) {
                unsuspendEdgeEnds(field.map);
            }
        }
    }

    private static void unsuspendChain(IrField field) {
        for (IrField f = field; f != null; f = f.owner.ownerField) {
            if (Boolean.TRUE.equals(f.suspended)) {
                f.suspended = false;
            }
        }
    }

    private static void remove(IrCompiler ir, IrMap map) {
        if (map.edges.removeIf(edge -> Boolean.TRUE.equals(edge.suspended))) {
            map.renumberEdges();
        }
        for (IrField field : List.copyOf(map.fields)) {
            if (Boolean.TRUE.equals(field.suspended)) {
                ir.delete(field);
            } else if (field.map != null) {
                remove(ir, field.map);
            }
        }
    }
}
