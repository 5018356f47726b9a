package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.BlockComment;
import dev.fivenines.feedback.d2.ast.BlockString;
import dev.fivenines.feedback.d2.ast.BooleanValue;
import dev.fivenines.feedback.d2.ast.Comment;
import dev.fivenines.feedback.d2.ast.D2Array;
import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.DoubleQuotedString;
import dev.fivenines.feedback.d2.ast.Edge;
import dev.fivenines.feedback.d2.ast.EdgeIndex;
import dev.fivenines.feedback.d2.ast.Import;
import dev.fivenines.feedback.d2.ast.KeyPath;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.Node;
import dev.fivenines.feedback.d2.ast.NullValue;
import dev.fivenines.feedback.d2.ast.NumberValue;
import dev.fivenines.feedback.d2.ast.SingleQuotedString;
import dev.fivenines.feedback.d2.ast.StringPart;
import dev.fivenines.feedback.d2.ast.Substitution;
import dev.fivenines.feedback.d2.ast.Suspension;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deterministic JSON dump of a parse result for golden files: every node with its kind, its
 * span as one-based {@code line:col-line:col}, and its fields; absent fields are left out.
 */
final class AstJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SourceText source;

    private AstJson(SourceText source) {
        this.source = source;
    }

    static String print(ParseResult result) {
        AstJson printer = new AstJson(result.source());
        ObjectNode root = F.objectNode();
        root.set("document", printer.node(result.document()));
        ArrayNode diagnostics = root.putArray("diagnostics");
        result.diagnostics().forEach(d -> diagnostics.add(printer.diagnostic(d)));
        return JSON.writeValueAsString(root) + "\n";
    }

    private ObjectNode diagnostic(Diagnostic d) {
        ObjectNode o = F.objectNode();
        o.put("severity", d.severity().name());
        o.put("code", d.code());
        o.put("message", d.message());
        o.put("span", span(d.span()));
        return o;
    }

    private String span(Span span) {
        return source.position(span.start()).display() + "-" + source.position(span.end()).display();
    }

    private ObjectNode node(Node node) {
        ObjectNode o = F.objectNode();
        o.put("kind", NodeTypes.describe(node));
        o.put("span", span(node.span()));
        fill(o, node);
        return o;
    }

    private void fill(ObjectNode o, Node node) {
        switch (node) {
            case D2Map m -> o.set("nodes", list(m.nodes()));
            case D2Array a -> o.set("nodes", list(a.nodes()));
            case Comment c -> o.put("text", c.text());
            case BlockComment c -> o.put("text", c.text());
            case MapKey k -> fillKey(o, k);
            case KeyPath k -> o.set("path", list(k.path()));
            case Edge e -> fillEdge(o, e);
            case EdgeIndex i -> o.put("index", i.glob() ? "*" : String.valueOf(i.index()));
            case UnquotedString u -> fillParts(o.put("pattern", u.pattern()), u.parts());
            case DoubleQuotedString d -> fillParts(o, d.parts());
            case SingleQuotedString s -> o.put("value", s.value());
            case BlockString b -> o.put("quote", b.quote()).put("tag", b.tag()).put("value", b.value());
            case Substitution s -> o.put("spread", s.spread()).set("path", node(s.path()));
            case Import i -> o.put("spread", i.spread()).put("prefix", i.prefix()).set("path", node(i.path()));
            case NumberValue n -> o.put("raw", n.raw());
            case BooleanValue b -> o.put("value", b.value());
            case Suspension s -> o.put("suspend", s.suspend());
            case NullValue ignored -> { }
            case StringPart.Literal l -> o.put("text", l.text());
        }
    }

    private void fillKey(ObjectNode o, MapKey k) {
        if (k.ampersand()) {
            o.put("ampersand", true);
        }
        if (k.notAmpersand()) {
            o.put("notAmpersand", true);
        }
        optional(o, "key", k.key());
        if (!k.edges().isEmpty()) {
            o.set("edges", list(k.edges()));
        }
        optional(o, "edgeIndex", k.edgeIndex());
        optional(o, "edgeKey", k.edgeKey());
        optional(o, "primary", k.primary());
        optional(o, "value", k.value());
    }

    private void fillEdge(ObjectNode o, Edge e) {
        optional(o, "src", e.src());
        o.put("op", e.srcArrow() + "-" + e.dstArrow());
        optional(o, "dst", e.dst());
    }

    private void fillParts(ObjectNode o, List<StringPart> parts) {
        if (parts.size() == 1 && parts.getFirst() instanceof StringPart.Literal l) {
            o.put("value", l.text());
        } else {
            o.set("parts", list(parts));
        }
    }

    private void optional(ObjectNode o, String name, Node node) {
        if (node != null) {
            o.set(name, node(node));
        }
    }

    private ArrayNode list(List<? extends Node> nodes) {
        ArrayNode array = F.arrayNode();
        nodes.forEach(n -> array.add(node(n)));
        return array;
    }
}
