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

/** The names d2 uses for node kinds in messages such as "unexpected text after double quoted string". */
final class NodeTypes {

    private NodeTypes() {
    }

    static String describe(Node node) {
        return switch (node) {
            case Comment ignored -> "comment";
            case BlockComment ignored -> "block comment";
            case NullValue ignored -> "null";
            case Suspension ignored -> "suspension";
            case BooleanValue ignored -> "boolean";
            case NumberValue ignored -> "number";
            case UnquotedString ignored -> "unquoted string";
            case DoubleQuotedString ignored -> "double quoted string";
            case SingleQuotedString ignored -> "single quoted string";
            case BlockString b -> b.tag() + " block string";
            case Substitution ignored -> "substitution";
            case Import ignored -> "import";
            case D2Array ignored -> "array";
            case D2Map ignored -> "map";
            case MapKey ignored -> "map key";
            case KeyPath ignored -> "key path";
            case Edge ignored -> "edge";
            case EdgeIndex ignored -> "edge index";
            case StringPart.Literal ignored -> "string";
        };
    }
}
