package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.ArrayNode;
import dev.fivenines.feedback.d2.ast.BlockComment;
import dev.fivenines.feedback.d2.ast.BlockString;
import dev.fivenines.feedback.d2.ast.BooleanValue;
import dev.fivenines.feedback.d2.ast.D2Array;
import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.MapNode;
import dev.fivenines.feedback.d2.ast.Node;
import dev.fivenines.feedback.d2.ast.NullValue;
import dev.fivenines.feedback.d2.ast.NumberValue;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.Suspension;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import dev.fivenines.feedback.d2.ast.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The recursive-descent productions for containers: the file map, {@code {}} maps, {@code []}
 * arrays, their nodes, comments, and values. Map entries (keys and edges) live in
 * {@link EntryParser}; strings and keys in {@link KeyScanner} and {@link StringScanner}.
 */
final class Parser {

    private final Cursor c;
    private final KeyScanner keys;
    private final EntryParser entries;
    private final CommentScanner comments;

    Parser(Cursor cursor) {
        this.c = cursor;
        this.keys = new KeyScanner(cursor);
        this.entries = new EntryParser(cursor, keys, this);
        this.comments = new CommentScanner(cursor);
    }

    D2Map parseFile() {
        return new D2Map(c.span(0, c.length), parseMapNodes(true, 0));
    }

    /** With the cursor after the <code>&#123;</code> at {@code start}. */
    D2Map parseMap(int start) {
        c.depth++;
        c.nesting++;
        try {
            List<MapNode> nodes = parseMapNodes(false, start);
            return new D2Map(c.span(start, c.pos), nodes);
        } finally {
            c.depth--;
            c.nesting--;
        }
    }

    private List<MapNode> parseMapNodes(boolean isFile, int start) {
        List<MapNode> nodes = new ArrayList<>();
        while (true) {
            int i = c.skipSpace(c.pos);
            if (i >= c.length) {
                c.pos = c.length;
                if (!isFile) {
                    c.error(Codes.UNTERMINATED_MAP, "maps must be terminated with }", start, c.length);
                }
                return nodes;
            }
            char ch = c.charAt(i);
            c.pos = i + 1;
            if (ch == ';') {
                continue;
            }
            if (ch == '}') {
                if (!isFile) {
                    return nodes;
                }
                c.error(Codes.UNEXPECTED_MAP_TERMINATOR, "unexpected map termination character } in file map",
                        i, i + 1);
                continue;
            }
            MapNode node = parseMapNode(ch, i);
            if (node != null) {
                nodes.add(node);
            }
            if (!(node instanceof BlockComment)) {
                recoverAfterEntry(node, i, '}', "invalid text beginning unquoted key", Codes.INVALID_KEY_START);
            }
        }
    }

    /** Dispatches on the first char {@code ch} at {@code i}; the cursor is just after it. */
    private MapNode parseMapNode(char ch, int i) {
        MapNode special = parseCommentOrSpread(ch, i);
        if (special != null) {
            return special;
        }
        c.pos = i;
        return entries.parseMapKey();
    }

    /** Comments, block comments and spreads start alike in maps and arrays. */
    private <T extends Node> T parseCommentOrSpread(char ch, int i) {
        Node node = null;
        if (ch == '#') {
            node = comments.parseComment(i);
        } else if (ch == '"' && c.text.startsWith("\"\"", c.pos)) {
            c.pos += 2;
            node = comments.parseBlockComment(i);
        } else if (ch == '.' && c.text.startsWith("..", c.pos) && c.pos + 2 < c.length) {
            char after = c.charAt(c.pos + 2);
            if (after == '$') {
                c.pos += 3;
                node = keys.parseSubstitution(true, i);
            } else if (after == '@') {
                c.pos += 3;
                node = keys.parseImport(true, i);
            }
        }
        @SuppressWarnings("unchecked") // Comment, BlockComment, Substitution, Import are both map and array nodes
        T result = (T) node;
        return result;
    }

    /**
     * The one recovery method: anything left on the line after an entry (up to a newline, {@code ;},
     * the container's closing char or a comment) is skipped and reported once. Always makes
     * progress past {@code entryStart}.
     */
    private void recoverAfterEntry(Node node, int entryStart, char closer, String invalidStart, String invalidCode) {
        int after = c.pos;
        while (true) {
            int j = c.nextOnLine();
            if (j < 0) {
                break;
            }
            char ch = c.charAt(j);
            if (ch == ';' || ch == closer || ch == '#') {
                break;
            }
            c.pos = j + 1;
        }
        if (after != c.pos) {
            if (node == null) {
                c.error(invalidCode, invalidStart, after, c.pos);
            } else {
                c.error(Codes.UNEXPECTED_TEXT, "unexpected text after " + describeLast(node), after, c.pos);
            }
        }
        if (c.pos <= entryStart) {
            c.pos = entryStart + 1; // progress guard
        }
    }

    /** D2 names the value of a key when it has one, else the node itself. */
    private static String describeLast(Node node) {
        if (node instanceof MapKey key && key.value() != null) {
            String type = NodeTypes.describe(key.value());
            return key.value() instanceof BlockString
                    ? type + ". See https://d2lang.com/tour/text#advanced-block-strings." : type;
        }
        return NodeTypes.describe(node);
    }

    /** With the cursor after the {@code [} at {@code start}. */
    D2Array parseArray(int start) {
        c.depth++;
        c.nesting++;
        try {
            List<ArrayNode> nodes = new ArrayList<>();
            while (true) {
                int i = c.skipSpace(c.pos);
                if (i >= c.length) {
                    c.pos = c.length;
                    c.error(Codes.UNTERMINATED_ARRAY, "arrays must be terminated with ]", start, c.length);
                    return new D2Array(c.span(start, c.length), nodes);
                }
                char ch = c.charAt(i);
                c.pos = i + 1;
                if (ch == ']') {
                    return new D2Array(c.span(start, c.pos), nodes);
                }
                if (ch != ';') {
                    parseArrayNode(ch, i, nodes);
                }
            }
        } finally {
            c.depth--;
            c.nesting--;
        }
    }

    private void parseArrayNode(char ch, int i, List<ArrayNode> nodes) {
        ArrayNode node = parseCommentOrSpread(ch, i);
        if (node == null) {
            c.pos = i;
            node = parseValue();
        }
        if (node != null) {
            nodes.add(node);
        }
        if (!(node instanceof BlockComment)) {
            recoverAfterEntry(node, i, ']', "invalid text beginning unquoted string", Codes.INVALID_ARRAY_VALUE);
        }
    }

    /** A value starting on the current line, or null when there is none. */
    Value parseValue() {
        int j = c.nextOnLine();
        if (j < 0) {
            return null;
        }
        char first = c.charAt(j);
        if (first == '[' || first == '{' || first == '@') {
            c.pos = j + 1;
            return first == '@' ? keys.parseImport(false, j) : parseContainer(j);
        }
        StringValue s = keys.strings.parseStringAt(j, false);
        return s instanceof UnquotedString u ? retype(u) : s;
    }

    private Value parseContainer(int j) {
        boolean isMap = c.charAt(j) == '{';
        if (c.nesting >= D2Parser.MAX_NESTING) {
            c.error(Codes.NESTING_TOO_DEEP, (isMap ? "maps" : "arrays") + " nested too deeply (the limit is "
                    + D2Parser.MAX_NESTING + " levels)", j, j + 1);
            c.pos = Brackets.skipBalanced(c.text, j);
            return isMap ? new D2Map(c.span(j, c.pos), List.of()) : new D2Array(c.span(j, c.pos), List.of());
        }
        return isMap ? parseMap(j) : parseArray(j);
    }

    /** D2 turns unquoted null, suspend, booleans and numbers (any case) into typed scalars. */
    private static Value retype(UnquotedString s) {
        String text = KeyScanner.firstText(s);
        if (text.equalsIgnoreCase("null")) {
            return new NullValue(s.span());
        }
        if (text.equalsIgnoreCase("suspend") || text.equalsIgnoreCase("unsuspend")) {
            return new Suspension(s.span(), text.length() == "suspend".length());
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return new BooleanValue(s.span(), text.length() == "true".length());
        }
        if (NumberSyntax.isNumber(text)) {
            return new NumberValue(s.span(), text);
        }
        return s;
    }
}
