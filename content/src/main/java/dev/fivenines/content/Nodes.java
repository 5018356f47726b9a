package dev.fivenines.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Lenient accessors over YAML trees. The schema has already reported shape errors by the time
 * these run, so a wrong shape here gives a neutral default instead of an exception.
 */
final class Nodes {

    private Nodes() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainer() ? "" : value.asString();
    }

    static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() ? value.asInt() : 0;
    }

    /** A list of strings; a single scalar counts as a one-element list. */
    static List<String> strings(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isValueNode() && !item.isNull()) {
                    out.add(item.asString());
                }
            }
        } else if (value.isValueNode()) {
            out.add(value.asString());
        }
        return out;
    }

    static List<String> strings(JsonNode node, String field) {
        return strings(node.get(field));
    }

    static List<JsonNode> items(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }

    static Map<String, String> stringMap(JsonNode node, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode value = node.get(field);
        if (value != null && value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                out.put(e.getKey(), e.getValue().asString());
            }
        }
        return out;
    }

    /** The constant named {@code name}, or {@code fallback} (the schema reports bad names). */
    static <E extends Enum<E>> E enumValue(Class<E> type, String name, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return fallback;
    }
}
