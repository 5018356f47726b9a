package dev.fivenines.feedback.d2.cli;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.Position;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The graph of one file as JSON, in the format of the conformance corpus
 * ({@code ../shared/d2/conformance/expected/*.json}): optional fields are omitted when absent,
 * positions are 1-based with UTF-16 columns. Warnings go in their own {@code warnings} array.
 */
public final class D2GraphJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private D2GraphJson() {
    }

    public static String toJson(String file, SourceText entry, DiagramGraph graph) {
        return MAPPER.writeValueAsString(toNode(file, entry, graph));
    }

    public static ObjectNode toNode(String file, SourceText entry, DiagramGraph graph) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", file);
        node.put("valid", graph.valid());
        node.set("errors", diagnostics(graph.diagnostics(), entry, true));
        if (graph.root() != null) {
            board(node, graph.root());
        }
        node.set("warnings", diagnostics(graph.diagnostics(), entry, false));
        return node;
    }

    private static ArrayNode diagnostics(List<Diagnostic> diagnostics, SourceText entry, boolean errors) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError() != errors) {
                continue;
            }
            ObjectNode error = array.addObject();
            Position start = diagnostic.start();
            Position end = diagnostic.end();
            error.put("line", start.line() + 1);
            error.put("col", start.column() + 1);
            error.put("endLine", end.line() + 1);
            error.put("endCol", end.column() + 1);
            error.put("message", diagnostic.message());
            if (!errors) {
                error.put("code", diagnostic.code());
            }
            if (diagnostic.source() != entry) {
                error.put("file", diagnostic.source().name());
            }
        }
        return array;
    }

    private static void board(ObjectNode node, Board board) {
        ArrayNode shapes = node.putArray("shapes");
        board.shapes().forEach(shape -> shape(shapes.addObject(), shape));
        ArrayNode connections = node.putArray("connections");
        board.connections().forEach(connection -> connection(connections.addObject(), connection));
        if (!board.boards().isEmpty()) {
            ArrayNode boards = node.putArray("boards");
            for (Board child : board.boards()) {
                ObjectNode childNode = boards.addObject();
                childNode.put("kind", child.kind());
                childNode.put("name", child.name());
                childNode.put("isFolderOnly", child.folderOnly());
                board(childNode, child);
            }
        }
    }

    private static void shape(ObjectNode node, Shape shape) {
        node.put("id", shape.id());
        node.put("label", shape.label());
        node.put("shape", shape.shape());
        node.put("parent", shape.parent());
        putIfPresent(node, "language", shape.language());
        putIfPresent(node, "near", shape.near());
        putIfPresent(node, "icon", shape.icon());
        strings(node, "classes", shape.classes());
        putIfPresent(node, "textTransform", shape.textTransform());
        if ("sql_table".equals(shape.shape())) {
            ArrayNode columns = node.putArray("columns");
            for (Shape.Column column : shape.columns()) {
                ObjectNode c = columns.addObject();
                c.put("name", column.name());
                c.put("type", column.type());
                ArrayNode constraint = c.putArray("constraint");
                column.constraint().forEach(constraint::add);
            }
        }
        if ("class".equals(shape.shape())) {
            ArrayNode fields = node.putArray("fields");
            shape.fields().forEach(f -> fields.addObject().put("name", f.name()).put("type", f.type())
                    .put("visibility", f.visibility()));
            ArrayNode methods = node.putArray("methods");
            shape.methods().forEach(m -> methods.addObject().put("name", m.name()).put("return", m.returnType())
                    .put("visibility", m.visibility()));
        }
        putIfPresent(node, "sequenceDiagram", shape.sequenceDiagram());
        if (shape.seqRole() != null) {
            node.put("seqRole", shape.seqRole().name().toLowerCase(Locale.ROOT));
        }
    }

    private static void connection(ObjectNode node, Connection connection) {
        node.put("id", connection.id());
        node.put("src", connection.src());
        node.put("dst", connection.dst());
        node.put("srcArrow", connection.srcArrow());
        node.put("dstArrow", connection.dstArrow());
        node.put("label", connection.label());
        putIfPresent(node, "srcLabel", connection.srcLabel());
        putIfPresent(node, "dstLabel", connection.dstLabel());
        if (connection.srcColumnIndex() != null) {
            node.put("srcColumnIndex", connection.srcColumnIndex());
        }
        if (connection.dstColumnIndex() != null) {
            node.put("dstColumnIndex", connection.dstColumnIndex());
        }
        strings(node, "classes", connection.classes());
        putIfPresent(node, "textTransform", connection.textTransform());
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }
}
