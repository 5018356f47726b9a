package dev.fivenines.feedback.d2.graph;

import java.util.List;

/**
 * One board: the root diagram or a layer, scenario or step, with its own graph.
 *
 * @param kind       null for the root, else {@code layers}, {@code scenarios} or {@code steps}
 * @param name       null for the root
 * @param rootShape  the root's {@code shape} keyword (e.g. {@code sequence_diagram}), or null
 * @param shapes     objects in the compiler's order (first reference in the source)
 * @param connections edges in source order
 */
public record Board(
        String kind,
        String name,
        boolean folderOnly,
        String rootShape,
        List<Shape> shapes,
        List<Connection> connections,
        List<Board> boards) {

    public Board {
        shapes = List.copyOf(shapes);
        connections = List.copyOf(connections);
        boards = List.copyOf(boards);
    }
}
