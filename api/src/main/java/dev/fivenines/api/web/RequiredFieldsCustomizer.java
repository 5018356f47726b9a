package dev.fivenines.api.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Our JSON always carries every field of a response record (null where there is nothing), so the
 * contract says so: every property is required, and the few that may be null are typed nullable.
 * Generated clients then get exact types instead of everything optional.
 */
@Component
class RequiredFieldsCustomizer implements OpenApiCustomizer {

    /** Schema name to the properties that may be null. */
    private static final Map<String, Set<String>> NULLABLE = Map.ofEntries(
            Map.entry("SubmissionHistoryResponse", Set.of("nextCursor")),
            Map.entry("Item", Set.of("status", "score", "llm")),
            Map.entry("SubmissionView", Set.of("changes")),
            Map.entry("ReviewView", Set.of("reason")),
            Map.entry("TutorialProgressView", Set.of("bestScore")),
            Map.entry("CriterionState", Set.of("verdict")),
            Map.entry("AdminItem", Set.of("rubricVersion")),
            Map.entry("TutorialStats", Set.of("medianRevisionsToPass")),
            Map.entry("StepView", Set.of("reply", "client", "node", "send", "pollWithinMillis", "waitMillis")),
            Map.entry("ChangesView", Set.of("notCompared")),
            Map.entry("HintsView", Set.of("note")));

    /** Request bodies and the problem document keep their own rules. */
    private static final Set<String> SKIP = Set.of(ProblemResponsesCustomizer.PROBLEM, "SubmitRequest", "DiagnosticsRequest",
            "AnswerRequest", "PublishRequest");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (SKIP.contains(name) || schema.getProperties() == null) {
                return;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            for (String property : NULLABLE.getOrDefault(name, Set.of())) {
                Schema<?> field = (Schema<?>) schema.getProperties().get(property);
                if (field != null) {
                    schema.getProperties().put(property, nullable(field));
                }
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> nullable(Schema<?> field) {
        if (field.get$ref() != null) {
            return new Schema().anyOf(List.of(new Schema().$ref(field.get$ref()), new Schema().types(Set.of("null"))))
                    .description(field.getDescription());
        }
        Set<String> types = new java.util.LinkedHashSet<>(field.getTypes() == null ? Set.of() : field.getTypes());
        if (field.getType() != null) {
            types.add(field.getType());
        }
        types.add("null");
        field.setTypes(types);
        if (field.getEnum() != null && !field.getEnum().contains(null)) { // a closed set (ContractDescriptions)
            List<Object> values = new ArrayList<>(field.getEnum());
            values.add(null);
            ((Schema) field).setEnum(values);
        }
        return field;
    }
}
