package dev.fivenines.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A parsed YAML file that still knows on which line each value started, so that schema and
 * semantic problems can be reported as {@code file:line: message}. The tree model drops locations,
 * so a second, streaming pass indexes them by JSON pointer.
 */
record YamlFile(String path, JsonNode root, Map<String, Integer> lines) {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    /** Parses the text; a syntax error becomes a problem instead of an exception. */
    static Optional<YamlFile> parse(String path, String text, List<ContentProblem> problems) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                problems.add(new ContentProblem(path, 1, "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(new YamlFile(path, root, indexLines(text)));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            problems.add(new ContentProblem(path, line, "not valid YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** The 1-based line where the value at {@code pointer} starts, or the nearest enclosing one. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    ContentProblem problem(String pointer, String message) {
        return new ContentProblem(path, line(pointer), message);
    }

    private static Map<String, Integer> indexLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonPointer pointer = parser.streamReadContext().pathAsPointer();
                lines.putIfAbsent(pointer.toString(), parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }
}
