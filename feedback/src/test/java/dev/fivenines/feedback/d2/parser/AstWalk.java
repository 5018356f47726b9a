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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** Every node of a tree, without recursion (trees may be up to {@link D2Parser#MAX_NESTING} deep). */
final class AstWalk {

    private AstWalk() {
    }

    static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            out.add(n);
            children(n).forEach(todo::push);
        }
        return out;
    }

    static List<Node> children(Node node) {
        return switch (node) {
            case D2Map m -> List.copyOf(m.nodes());
            case D2Array a -> List.copyOf(a.nodes());
            case MapKey k -> present(k.key(), k.edgeIndex(), k.edgeKey(), k.primary(), k.value(), k.edges());
            case KeyPath k -> List.copyOf(k.path());
            case Edge e -> present(e.src(), e.dst());
            case UnquotedString u -> List.copyOf(u.parts());
            case DoubleQuotedString d -> List.copyOf(d.parts());
            case Substitution s -> List.of(s.path());
            case Import i -> List.of(i.path());
            case Comment ignored -> List.of();
            case BlockComment ignored -> List.of();
            case EdgeIndex ignored -> List.of();
            case SingleQuotedString ignored -> List.of();
            case BlockString ignored -> List.of();
            case NumberValue ignored -> List.of();
            case BooleanValue ignored -> List.of();
            case Suspension ignored -> List.of();
            case NullValue ignored -> List.of();
            case StringPart.Literal ignored -> List.of();
        };
    }

    private static List<Node> present(Object... items) {
        return Stream.of(items).<Node>mapMulti((item, sink) -> {
            if (item instanceof Node n) {
                sink.accept(n);
            } else if (item instanceof List<?> list) {
                list.forEach(e -> sink.accept((Node) e));
            }
        }).toList();
    }
}
