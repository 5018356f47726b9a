package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns a {@code check:} tree from rubric.yaml into a {@link Spec}. Each object has exactly one
 * key naming the predicate; problems are collected with the pointer where they occur.
 */
final class SpecReader {

    private final YamlFile file;
    private final List<ContentProblem> problems;

    SpecReader(YamlFile file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Returns null (after recording a problem) when the tree is not a spec. */
    Spec read(JsonNode node, String pointer) {
        if (node == null || !node.isObject() || node.size() != 1) {
            problems.add(file.problem(pointer, "a check must be an object with exactly one predicate key"));
            return null;
        }
        Map.Entry<String, JsonNode> entry = node.properties().iterator().next();
        String key = entry.getKey();
        JsonNode v = entry.getValue();
        String at = pointer + "/" + key;
        return switch (key) {
            case "all" -> new Spec.All(list(v, at));
            case "any" -> new Spec.Any(list(v, at));
            case "not" -> wrap(read(v, at), Spec.Not::new);
            case "absent" -> wrap(read(v, at), Spec.Absent::new);
            case "role" -> new Spec.RoleExists(v.asString());
            case "edge" -> edge(v);
            case "path" -> new Spec.Path(Nodes.text(v, "from"), Nodes.text(v, "to"), Nodes.text(v, "avoids"), Nodes.strings(v, "via"),
                    v.path("fromEvery").asBoolean(false), Nodes.text(v, "without"));
            case "order" -> order(v, at);
            case "transition" -> new Spec.Transition(Nodes.text(v, "from"), Nodes.text(v, "to"), Nodes.strings(v, "label"),
                    Nodes.strings(v, "contradicts"));
            case "reachable" -> new Spec.Reachable(Nodes.text(v, "from"), Nodes.text(v, "to"), Nodes.text(v, "avoids"), Nodes.strings(v, "via"));
            case "decision" -> new Spec.Decision(Nodes.text(v, "role"), groups(v.get("branches")));
            case "entity" -> new Spec.Entity(Nodes.text(v, "role"), groups(v.get("fields")));
            case "contains" -> new Spec.Contains(Nodes.text(v, "parent"), Nodes.text(v, "child"));
            case "branch" -> new Spec.Branch(Nodes.text(v, "decision"), Nodes.strings(v, "side"), Nodes.strings(v, "other"),
                    Nodes.text(v, "to"), Nodes.strings(v, "after"));
            default -> {
                problems.add(file.problem(at, "unknown check predicate '" + key + "'"));
                yield null;
            }
        };
    }

    private static Spec wrap(Spec inner, java.util.function.Function<Spec, Spec> f) {
        return inner == null ? null : f.apply(inner);
    }

    private static Spec.Edge edge(JsonNode v) {
        return new Spec.Edge(Nodes.text(v, "from"), Nodes.text(v, "to"), Nodes.strings(v, "label"),
                Nodes.strings(v, "contradicts"));
    }

    private List<Spec> list(JsonNode v, String pointer) {
        List<Spec> out = new ArrayList<>();
        if (v == null || !v.isArray() || v.isEmpty()) {
            problems.add(file.problem(pointer, "expected a non-empty list of checks"));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            Spec s = read(v.get(i), pointer + "/" + i);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private Spec order(JsonNode v, String pointer) {
        List<Spec.Edge> steps = new ArrayList<>();
        if (v == null || !v.isArray() || v.size() < 2) {
            problems.add(file.problem(pointer, "order needs a list of at least two edges"));
            return null;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            JsonNode edge = item.has("edge") ? item.get("edge") : item;
            steps.add(edge(edge));
        }
        return new Spec.Order(steps);
    }

    /** {@code [[yes, true], [no]]}; a bare word counts as a group of one. */
    private static List<List<String>> groups(JsonNode v) {
        List<List<String>> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonNode g : v) {
                out.add(Nodes.strings(g));
            }
        }
        return out;
    }
}
