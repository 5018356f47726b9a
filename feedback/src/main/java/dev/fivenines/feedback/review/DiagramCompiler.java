package dev.fivenines.feedback.review;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;

/**
 * Turns a submitted D2 source into a graph; never throws. The production implementation is the
 * D2 compiler with an empty import resolver, so a review reads nothing from disk.
 */
@FunctionalInterface
public interface DiagramCompiler {

    DiagramGraph compile(SourceText source);
}
