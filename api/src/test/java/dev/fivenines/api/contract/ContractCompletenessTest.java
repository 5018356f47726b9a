package dev.fivenines.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What an SPA developer needs from the committed openapi.yaml (which OpenApiContractIT keeps equal
 * to the served one): a description on every schema and property, the closed sets as enums, the
 * rule for when feedback is final, and tags a person named.
 */
class ContractCompletenessTest {

    private static final Path SPEC = Path.of(System.getProperty("fivenines.root.dir",
            Path.of("..").toAbsolutePath().normalize().toString()), "openapi.yaml");
    private static final JsonNode ROOT = YAMLMapper.builder().build().readTree(SPEC.toFile());
    private static final JsonNode SCHEMAS = ROOT.path("components").path("schemas");

    @Test
    void everySchemaAndPropertyWhenPublishedThenHasADescription() {
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : SCHEMAS.properties()) {
            if (schema.getValue().path("description").asString("").isBlank()) {
                undescribed.add(schema.getKey());
            }
            for (Map.Entry<String, JsonNode> p : schema.getValue().path("properties").properties()) {
                if (p.getValue().path("description").asString("").isBlank()) {
                    undescribed.add(schema.getKey() + "." + p.getKey());
                }
            }
        }
        assertThat(SCHEMAS.size()).isGreaterThan(40);
        assertThat(undescribed).as("add them to api/src/main/resources/openapi/descriptions.yaml").isEmpty();
    }

    @Test
    void closedSetsWhenPublishedThenEnumsOfTheDomainValues() {
        assertThat(enumOf("FeedbackView", "status")).containsExactly("COMPLETE", "PARTIAL", "INVALID");
        assertThat(enumOf("FindingView", "verdict")).containsExactly("PASS", "MISSING", "BROKEN", "UNCLEAR");
        assertThat(enumOf("FindingView", "severity")).containsExactly("ESSENTIAL", "ACTIONABLE", "INFORMATIVE", "CELEBRATORY");
        assertThat(enumOf("FindingView", "origin")).containsExactly("STRUCTURAL", "LLM", "BOTH");
        assertThat(enumOf("ReviewView", "llm")).containsExactly("disabled", "pending", "done", "failed");
        assertThat(enumOf("CriterionState", "verdict")).containsExactly("PASS", "MISSING", "BROKEN", "UNCLEAR", null);
        assertThat(enumOf("DiagnosticView", "severity")).containsExactly("ERROR", "WARNING", "INFO");
        assertThat(enumOf("TutorialSummaryView", "level")).containsExactly("foundation", "intermediate", "advanced");
        assertThat(enumOf("TutorialView", "artifactType")).contains("sequence-diagram", "state-machine");
        assertThat(enumOf("Item", "status")).containsExactly("COMPLETE", "PARTIAL", "INVALID", null);
    }

    @Test
    void feedbackWhenPartialWithAFailedReviewThenTheContractSaysItIsFinal() {
        String feedback = SCHEMAS.path("FeedbackView").path("description").asString();
        assertThat(feedback).contains("PARTIAL with `review.llm` = `failed` is final");
        assertThat(SCHEMAS.path("TutorialProgressView").path("properties").path("completed").path("description").asString())
                .contains("ESSENTIAL");
    }

    @Test
    void submissionListItemsWhenPublishedThenCarryStatusAndScore() {
        JsonNode item = SCHEMAS.path("Item").path("properties");
        assertThat(item.path("score").path("anyOf").get(0).path("$ref").asString()).isEqualTo("#/components/schemas/ScoreView");
        assertThat(item.has("status")).isTrue();
        assertThat(item.has("llm")).isTrue();
    }

    @Test
    void tagsWhenPublishedThenNamedByAPersonAndDescribed() {
        Set<String> used = new TreeSet<>();
        ROOT.path("paths").forEach(path -> path.forEach(operation -> operation.path("tags").forEach(t -> used.add(t.asString()))));
        Map<String, String> declared = new java.util.TreeMap<>();
        ROOT.path("tags").forEach(t -> declared.put(t.path("name").asString(), t.path("description").asString("")));
        assertThat(used).isNotEmpty().allSatisfy(tag -> {
            assertThat(tag).doesNotEndWith("-controller");
            assertThat(declared).containsKey(tag);
            assertThat(declared.get(tag)).isNotBlank();
        });
    }

    private static List<String> enumOf(String schema, String property) {
        List<String> values = new ArrayList<>();
        SCHEMAS.path(schema).path("properties").path(property).path("enum")
                .forEach(v -> values.add(v.isNull() ? null : v.asString()));
        return values;
    }
}
