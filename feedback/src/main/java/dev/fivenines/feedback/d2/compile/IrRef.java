package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;

/**
 * One statement that touched an IR field or edge: where (the key element or edge span), which
 * statement, and in which map it was written (the scope decides sequence-diagram groups).
 *
 * @param edge     true when the statement is an edge statement (d2's "edge reference")
 * @param floating true when it comes from a var or a glob (see {@link #floatingCopy()})
 */
record IrRef(SourceText source, Span span, MapKey mapKey, IrMap scope, boolean edge, boolean floating) {

    IrRef(SourceText source, Span span, MapKey mapKey, IrMap scope, boolean edge) {
        this(source, span, mapKey, scope, edge, false);
    }

    IrRef inScope(IrMap newScope) {
        return new IrRef(source, span, mapKey, newScope, edge, floating);
    }

    /**
     * A reference whose position says where a var or glob was written, not where the object was
     * made: d2 leaves such objects in creation order when sorting.
     */
    IrRef floatingCopy() {
        return new IrRef(source, span, mapKey, scope, edge, true);
    }
}
