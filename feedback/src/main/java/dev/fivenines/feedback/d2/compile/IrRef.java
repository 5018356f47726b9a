package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;

/**
 * One statement that touched an IR field or edge: where (the key element or edge span), which
 * statement, and in which map it was written (the scope decides sequence-diagram groups).
 *
 * @param edge true when the statement is an edge statement (d2's "edge reference")
 */
record IrRef(SourceText source, Span span, MapKey mapKey, IrMap scope, boolean edge) {

    IrRef inScope(IrMap newScope) {
        return new IrRef(source, span, mapKey, newScope, edge);
    }
}
