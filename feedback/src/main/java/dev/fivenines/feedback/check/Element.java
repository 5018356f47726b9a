package dev.fivenines.feedback.check;

import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.graph.SourceRef;

/**
 * A diagram element cited as evidence: its id and the first place in the source that declares it
 * (null when the compiler recorded none).
 */
record Element(String id, SourceRef ref) {

    static Element of(Shape shape) {
        return new Element(shape.id(), shape.references().isEmpty() ? null : shape.references().getFirst());
    }

    static Element of(Connection connection) {
        return new Element(connection.id(), connection.references().isEmpty() ? null : connection.references().getFirst());
    }
}
