package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.Scalar;

/** A scalar value in the IR: the AST node (its kind and span) and its text after substitutions. */
record IrScalar(Scalar ast, String text) {

    static IrScalar of(Scalar ast) {
        return new IrScalar(ast, ast.text());
    }
}
