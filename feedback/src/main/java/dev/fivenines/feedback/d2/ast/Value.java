package dev.fivenines.feedback.d2.ast;

/** A value after {@code :}: a scalar, a map, an array, an import or a substitution. */
public sealed interface Value extends ArrayNode permits Scalar, D2Map, D2Array, Import, Substitution {
}
