package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.Edge;
import dev.fivenines.feedback.d2.ast.EdgeIndex;
import dev.fivenines.feedback.d2.ast.KeyPath;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Map entries: {@code key: value}, edges and chains {@code a -> b -> c: v}, and edge groups
 * {@code (a -> b)[0].key: v}, each optionally prefixed by {@code &} or {@code !&}.
 */
final class EntryParser {

    private final Cursor c;
    private final KeyScanner keys;
    private final Parser parser;

    EntryParser(Cursor cursor, KeyScanner keys, Parser parser) {
        this.c = cursor;
        this.keys = keys;
        this.parser = parser;
    }

    /** The parts of a map entry while it is read. */
    private static final class Draft {
        final int start;
        boolean ampersand;
        boolean notAmpersand;
        KeyPath key;
        /**
         * Most entries are plain keys and most edges are one hop: List.of() until the first edge,
         * List.of(edge) until a second (kept as it is by MapKey), then a list that grows.
         */
        List<Edge> edges = List.of();
        EdgeIndex edgeIndex;
        KeyPath edgeKey;
        Scalar primary;
        Value value;

        Draft(int start) {
            this.start = start;
        }

        void addEdge(Edge edge) {
            if (edges.isEmpty()) {
                edges = List.of(edge);
                return;
            }
            if (edges.size() == 1) {
                edges = new ArrayList<>(edges);
            }
            edges.add(edge);
        }

        boolean empty() {
            return key == null && edges.isEmpty();
        }
    }

    /** Null when the entry has neither a key nor an edge (the caller then reports the text). */
    MapKey parseMapKey() {
        Draft mk = new Draft(c.pos);
        parseFilterPrefix(mk);
        if (!c.atEnd() && c.charAt(c.pos) == '(') {
            c.pos++;
            parseEdgeGroup(mk);
        } else {
            parseKeyOrEdges(mk);
        }
        if (mk.empty()) {
            return null;
        }
        return new MapKey(c.span(mk.start, c.pos), mk.ampersand, mk.notAmpersand, mk.key, mk.edges,
                mk.edgeIndex, mk.edgeKey, mk.primary, mk.value);
    }

    private void parseFilterPrefix(Draft mk) {
        if (c.atEnd()) {
            return;
        }
        char first = c.charAt(c.pos);
        if (first == '!' && c.text.startsWith("!&", c.pos)) {
            c.pos += 2;
            mk.notAmpersand = true;
        } else if (first == '&') {
            c.pos++;
            mk.ampersand = true;
        }
    }

    private void parseKeyOrEdges(Draft mk) {
        KeyPath key = keys.parseKey();
        mk.key = key;
        int j = c.nextOnLine();
        if (j < 0) {
            return;
        }
        switch (c.charAt(j)) {
            case '(' -> {
                c.pos = j + 1;
                parseEdgeGroup(mk);
            }
            case '<', '>', '-' -> {
                mk.key = null;
                parseEdges(mk, key);
                parseMapKeyValue(mk);
            }
            default -> parseMapKeyValue(mk);
        }
    }

    /** {@code : value}, {@code : primary {map}} or {@code {map}} after a key or edge. */
    private void parseMapKeyValue(Draft mk) {
        int j = c.nextOnLine();
        if (j < 0) {
            return;
        }
        char ch = c.charAt(j);
        if (ch == '{') {
            if (mk.empty()) {
                return;
            }
        } else if (ch == ':') {
            c.pos = j + 1;
            if (mk.empty()) {
                c.error(Codes.VALUE_WITHOUT_KEY, "map value without key", mk.start, c.pos);
            }
        } else {
            return;
        }
        mk.value = parser.parseValue();
        if (mk.value == null) {
            c.error(Codes.MISSING_VALUE, "missing value after colon", c.pos - 1, c.pos);
        }
        if (mk.value instanceof Scalar scalar) {
            int k = c.nextOnLine();
            if (k >= 0 && c.charAt(k) == '{') {
                mk.primary = scalar;
                mk.value = parser.parseValue();
            }
        }
    }

    /** {@code ( edges ) [index] .key value}, with the cursor after the {@code (}. */
    private void parseEdgeGroup(Draft mk) {
        c.inEdgeGroup = true;
        try {
            KeyPath src = keys.parseKey();
            parseEdges(mk, src);
            int j = c.nextOnLine();
            if (j < 0) {
                return;
            }
            if (c.charAt(j) != ')') {
                c.error(Codes.UNTERMINATED_EDGE_GROUP, "edge groups must be terminated with )", mk.start, c.pos);
                return;
            }
            c.pos = j + 1;
            if (!parseEdgeGroupSuffix(mk)) {
                return;
            }
        } finally {
            c.inEdgeGroup = false;
        }
        parseMapKeyValue(mk);
    }

    /** {@code [index]} and {@code .key}; false when the line ended. */
    private boolean parseEdgeGroupSuffix(Draft mk) {
        int j = c.nextOnLine();
        if (j < 0) {
            return false;
        }
        if (c.charAt(j) == '[') {
            c.pos = j + 1;
            mk.edgeIndex = new EdgeIndexScanner(c).parse(j);
        }
        j = c.nextOnLine();
        if (j < 0) {
            return false;
        }
        if (c.charAt(j) == '.') {
            c.pos = j + 1;
            mk.edgeKey = keys.parseKey();
        }
        return true;
    }

    /** One or more hops starting from {@code src} (null when the operator comes first). */
    private void parseEdges(Draft mk, KeyPath src) {
        KeyPath from = src;
        while (true) {
            int j = c.nextOnLine();
            if (j < 0) {
                return;
            }
            char first = c.charAt(j);
            if (first != '<' && first != '*' && first != '-') {
                return;
            }
            int edgeStart = from != null ? from.span().start() : j;
            if (from == null) {
                c.error(Codes.MISSING_SOURCE, "connection missing source", j, j + 1);
            }
            c.pos = j + 1;
            String srcArrow = first == '-' ? "" : arrow(first);
            String dstArrow = parseOperatorRest(edgeStart);
            if (dstArrow == null) {
                return;
            }
            KeyPath dst = keys.parseKey();
            if (dst == null) {
                c.error(Codes.MISSING_DESTINATION, "connection missing destination", edgeStart, c.pos);
            }
            int end = dst != null ? dst.span().end() : c.pos;
            mk.addEdge(new Edge(c.span(edgeStart, end), from, srcArrow, dst, dstArrow));
            from = dst;
        }
    }

    /**
     * The rest of an edge operator after its first char: dashes and {@code \}-newline escapes,
     * then an optional {@code >} or {@code *}. Returns the destination arrow ("" when the operator
     * just ends) or null when the edge is broken (reported).
     */
    private String parseOperatorRest(int edgeStart) {
        while (true) {
            if (c.atEnd()) {
                c.error(Codes.UNTERMINATED_CONNECTION, "unterminated connection", edgeStart, c.length);
                return null;
            }
            char ch = c.charAt(c.pos);
            if (ch == '>' || ch == '*') {
                c.pos++;
                return arrow(ch);
            }
            if (ch == '-') {
                c.pos++;
            } else if (ch == '\\') {
                if (!skipNewlineEscape(edgeStart)) {
                    return null;
                }
            } else {
                return "";
            }
        }
    }

    /** The arrow chars as strings, without a new String for every edge. */
    private static String arrow(char ch) {
        return switch (ch) {
            case '<' -> "<";
            case '>' -> ">";
            case '*' -> "*";
            default -> String.valueOf(ch);
        };
    }

    /** After a {@code \} inside an operator; false when the escape is not a newline (reported). */
    private boolean skipNewlineEscape(int edgeStart) {
        c.pos++;
        int j = c.skipSpace(c.pos);
        if (j >= c.length) {
            c.error(Codes.UNTERMINATED_CONNECTION, "unterminated connection", edgeStart, c.length);
            return false;
        }
        int newlines = c.countNewlines(c.pos, j);
        if (newlines == 0) {
            c.error(Codes.BAD_CONNECTION_ESCAPE, "only newline escapes are allowed in connections", edgeStart, j + 1);
            return false;
        }
        if (newlines == 1) {
            c.pos = j;
        }
        return true;
    }
}
