package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Feedback records the rubric version it used, so a rubric must never change under the same
 * version. {@code rubric-versions.lock} keeps a checksum of each (slug, version): changing a rubric
 * without bumping {@code version} fails here. The checksum covers the parsed YAML (keys sorted),
 * so comments and formatting may change freely. Record a new version with
 * {@code -Drubric.lock.update=true}; existing entries are never rewritten.
 */
class RubricLockTest {

    static final Path LOCK = Path.of("src/test/resources/rubric-versions.lock");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void rubricWhenChangedThenVersionMustBeBumped() throws IOException {
        Map<String, String> locked = readLock();
        List<String> unrecorded = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        ContentSource bundled = ContentSource.bundled();
        for (var summary : YamlTutorialCatalog.bundled().list()) {
            if (!summary.available()) {
                continue;
            }
            JsonNode rubric = YAML.readTree(bundled.read(summary.slug() + "/rubric.yaml").orElseThrow());
            String key = summary.slug() + " " + rubric.get("version").asInt();
            String sum = checksum(rubric);
            String old = locked.get(key);
            if (old == null) {
                unrecorded.add(key + " " + sum);
            } else if (!old.equals(sum)) {
                changed.add(summary.slug() + "/rubric.yaml changed but its version is still " + rubric.get("version").asInt()
                        + ": bump `version` (feedback already stored under this version would no longer match its rubric)");
            }
        }
        assertThat(changed).as("rubrics changed without a version bump").isEmpty();
        if (Boolean.getBoolean("rubric.lock.update") && !unrecorded.isEmpty()) {
            List<String> lines = new ArrayList<>(Files.exists(LOCK) ? Files.readAllLines(LOCK) : List.of());
            lines.addAll(unrecorded);
            Files.write(LOCK, lines, StandardCharsets.UTF_8);
            return;
        }
        assertThat(unrecorded).as("rubric versions not recorded in %s; run the content tests with "
                + "-Drubric.lock.update=true to add them", LOCK).isEmpty();
    }

    @Test
    void checksumWhenOnlyFormattingOrKeyOrderDiffersThenEqual() {
        JsonNode a = YAML.readTree("version: 1\nroles: {a: {synonyms: [x]}}\n");
        JsonNode b = YAML.readTree("# comment\nroles:\n  a:\n    synonyms:\n      - x\nversion: 1\n");
        JsonNode c = YAML.readTree("version: 1\nroles: {a: {synonyms: [y]}}\n");
        assertThat(checksum(a)).isEqualTo(checksum(b)).isNotEqualTo(checksum(c));
    }

    private static Map<String, String> readLock() throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (Files.exists(LOCK)) {
            for (String line : Files.readAllLines(LOCK)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 3 && !line.startsWith("#")) {
                    out.put(parts[0] + " " + parts[1], parts[2]);
                }
            }
        }
        return out;
    }

    static String checksum(JsonNode node) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(node).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON-like text with object keys sorted, so that key order and YAML layout do not count. */
    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, String> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            StringBuilder out = new StringBuilder("{");
            sorted.forEach((k, v) -> out.append('"').append(k).append("\":").append(v).append(','));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(item -> out.append(canonical(item)).append(','));
            return out.append(']').toString();
        }
        return node.toString();
    }
}
