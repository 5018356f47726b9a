package dev.fivenines.feedback.d2.compile;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Compares our graph JSON with the corpus's expected JSON: shapes (id, label, shape, parent;
 * null expected fields skipped), connections (id, src, dst, arrows, label) and boards, in order.
 * Returns null when they agree, else the first difference as one line.
 */
final class GraphComparison {

    private static final String[] SHAPE_FIELDS = {"id", "label", "shape", "parent"};
    private static final String[] CONNECTION_FIELDS = {"id", "src", "dst", "srcArrow", "dstArrow", "label"};

    private GraphComparison() {
    }

    static String difference(JsonNode expected, JsonNode actual, String where) {
        String shapes = list(expected.get("shapes"), actual.get("shapes"), SHAPE_FIELDS, where + "shapes");
        if (shapes != null) {
            return shapes;
        }
        JsonNode expectedConnections = expected.get("connections");
        if (expectedConnections != null && !expectedConnections.isNull()) {
            String connections = list(expectedConnections, actual.get("connections"), CONNECTION_FIELDS,
                    where + "connections");
            if (connections != null) {
                return connections;
            }
        }
        return boards(expected.get("boards"), actual.get("boards"), where);
    }

    private static String boards(JsonNode expected, JsonNode actual, String where) {
        int expectedSize = expected == null ? 0 : expected.size();
        int actualSize = actual == null ? 0 : actual.size();
        if (expectedSize != actualSize) {
            return where + "boards: expected " + expectedSize + " got " + actualSize;
        }
        for (int i = 0; i < expectedSize; i++) {
            JsonNode e = expected.get(i);
            JsonNode a = actual.get(i);
            String name = e.get("kind").asString() + "." + e.get("name").asString();
            if (!e.get("name").asString().equals(a.get("name").asString())
                    || !e.get("kind").asString().equals(a.get("kind").asString())) {
                return where + "board " + i + ": expected " + name + " got " + a.get("kind").asString() + "."
                        + a.get("name").asString();
            }
            String inner = difference(e, a, where + name + "/");
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static String list(JsonNode expected, JsonNode actual, String[] fields, String what) {
        int expectedSize = expected == null ? 0 : expected.size();
        int actualSize = actual == null ? 0 : actual.size();
        for (int i = 0; i < Math.min(expectedSize, actualSize); i++) {
            for (String field : fields) {
                JsonNode e = expected.get(i).get(field);
                if (e == null || (e.isNull() && !field.equals("parent"))) {
                    continue;
                }
                JsonNode a = actual.get(i).get(field);
                String eText = e.isNull() ? null : e.asString();
                String aText = a == null || a.isNull() ? null : a.asString();
                if (!Objects.equals(eText, aText)) {
                    return what + "[" + i + "]." + field + ": expected " + quote(eText) + " got " + quote(aText);
                }
            }
        }
        if (expectedSize != actualSize) {
            String extra = expectedSize > actualSize ? "missing " + expected.get(actualSize).get("id")
                    : "extra " + actual.get(expectedSize).get("id");
            return what + ": expected " + expectedSize + " got " + actualSize + " (" + extra + ")";
        }
        return null;
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        String oneLine = text.replace("\n", "\\n");
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine) + "\"";
    }
}
