package dev.fivenines.feedback.d2.ast;

import dev.fivenines.feedback.d2.source.Span;

/**
 * A node of the D2 syntax tree. Every node knows the span of source it was read from.
 * The hierarchy follows D2's own AST (terrastruct/d2 d2ast): a file is a {@link D2Map} of
 * {@link MapNode}s; the interesting one is {@link MapKey}, which is a key, an edge or an edge
 * group with an optional primary value and an optional value.
 */
public sealed interface Node permits MapNode, ArrayNode, KeyPath, Edge, EdgeIndex, StringPart {
    Span span();
}
