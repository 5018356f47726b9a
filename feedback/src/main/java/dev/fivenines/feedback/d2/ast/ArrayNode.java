package dev.fivenines.feedback.d2.ast;

/** What may stand in an array: values (including spreads) and comments. */
public sealed interface ArrayNode extends Node permits Value, Comment, BlockComment {
}
