package dev.fivenines.feedback.review;

import dev.fivenines.feedback.d2.compile.D2Compiler;
import dev.fivenines.feedback.d2.compile.InMemoryFileResolver;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.Map;

/**
 * Turns a submitted D2 source into a graph; never throws. The production implementation is the
 * D2 compiler with an empty import resolver, so a review reads nothing from disk.
 */
@FunctionalInterface
public interface DiagramCompiler {

    DiagramGraph compile(SourceText source);

    /** The D2 compiler for submissions: they cannot import files. */
    static DiagramCompiler withoutImports() {
        D2Compiler d2 = new D2Compiler();
        InMemoryFileResolver none = new InMemoryFileResolver(Map.of());
        return source -> d2.compile(source, none);
    }
}
