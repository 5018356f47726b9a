package dev.fivenines.feedback.d2.ast;

/** What may stand in a map (or the file): comments, keys/edges, and spread substitutions/imports. */
public sealed interface MapNode extends Node permits Comment, BlockComment, MapKey, Substitution, Import {
}
