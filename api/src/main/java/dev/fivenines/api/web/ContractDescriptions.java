package dev.fivenines.api.web;

import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.CheckedBy;
import dev.fivenines.domain.tutorial.Level;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.feedback.d2.source.Diagnostic;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What an SPA developer needs from the contract beyond types: every closed set of strings as an
 * enum, derived from the domain enums so that it cannot drift, and a description for every schema
 * and property, from {@code openapi/descriptions.yaml}. springdoc runs customisers in no set
 * order, so a nullable enum gets null among its values here or in RequiredFieldsCustomizer,
 * whichever runs second. An entry naming a schema or property that does not exist fails
 * start-up, so stale descriptions cannot linger.
 */
@Component
class ContractDescriptions implements OpenApiCustomizer {

    static final String DESCRIPTIONS = "/openapi/descriptions.yaml";

    /** "Schema.property" to the strings it may hold. */
    private static final Map<String, List<String>> CLOSED_SETS = Map.ofEntries(
            Map.entry("FeedbackView.status", names(FeedbackStatus.values(), Enum::name)),
            Map.entry("Item.status", names(FeedbackStatus.values(), Enum::name)),
            Map.entry("FindingView.verdict", names(Verdict.values(), Enum::name)),
            Map.entry("CriterionState.verdict", names(Verdict.values(), Enum::name)),
            Map.entry("FindingView.severity", names(Severity.values(), Enum::name)),
            Map.entry("CriterionState.severity", names(Severity.values(), Enum::name)),
            Map.entry("CriterionView.severity", names(Severity.values(), Enum::name)),
            Map.entry("FindingView.origin", names(Origin.values(), Enum::name)),
            Map.entry("CriterionView.checkedBy", names(CheckedBy.values(), Enum::name)),
            Map.entry("ReviewView.llm", names(ReviewState.values(), ReviewState::id)),
            Map.entry("Item.llm", names(ReviewState.values(), ReviewState::id)),
            Map.entry("DiagnosticView.severity", names(Diagnostic.Severity.values(), Enum::name)),
            Map.entry("Diagnostic.severity", names(Diagnostic.Severity.values(), Enum::name)),
            Map.entry("TutorialSummaryView.level", names(Level.values(), Level::id)),
            Map.entry("TutorialView.level", names(Level.values(), Level::id)),
            Map.entry("TutorialSummaryView.artifactType", names(ArtifactType.values(), ArtifactType::id)),
            Map.entry("TutorialView.artifactType", names(ArtifactType.values(), ArtifactType::id)));

    private final JsonNode descriptions = read();

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        CLOSED_SETS.forEach((path, values) -> closeSet(property(schemas, path), values));
        for (Map.Entry<String, JsonNode> entry : descriptions.properties()) {
            describe(schemas, entry.getKey(), entry.getValue());
        }
    }

    private static void describe(Map<String, Schema> schemas, String name, JsonNode text) {
        Schema<?> schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException(DESCRIPTIONS + " describes schema " + name + ", which the API does not have");
        }
        if (text.has("description") && schema.getDescription() == null) {
            schema.setDescription(text.get("description").asString());
        }
        JsonNode properties = text.path("properties");
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            Schema<?> field = property(schemas, name + "." + p.getKey());
            if (field.getDescription() == null) {
                field.setDescription(p.getValue().asString());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void closeSet(Schema field, List<String> values) {
        List<Object> allowed = new ArrayList<>(values);
        if (field.getTypes() != null && field.getTypes().contains("null")) {
            allowed.add(null);
        }
        field.setEnum(allowed);
    }

    /** The property's schema; a nullable $ref wrapped in anyOf is the wrapper. */
    private static Schema<?> property(Map<String, Schema> schemas, String path) {
        String[] parts = path.split("\\.", 2);
        Schema<?> schema = schemas.get(parts[0]);
        Schema<?> field = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(parts[1]);
        if (field == null) {
            throw new IllegalStateException("the contract has no property " + path + " (" + DESCRIPTIONS
                    + " or ContractDescriptions names it)");
        }
        return field;
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static JsonNode read() {
        try (InputStream in = ContractDescriptions.class.getResourceAsStream(DESCRIPTIONS)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTIONS + " is not on the classpath");
            }
            return YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
