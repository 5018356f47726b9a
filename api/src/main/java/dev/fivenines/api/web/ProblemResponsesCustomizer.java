package dev.fivenines.api.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the problem+json errors every operation can answer with, so generated clients know
 * them: one {@code Problem} schema, and per operation the statuses that apply to it.
 */
@Component
class ProblemResponsesCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    /** Paths whose POST is rate-limited (per client address or per learner). */
    private static final java.util.Set<String> RATE_LIMITED = java.util.Set.of("/api/v1/d2/diagnostics",
            "/api/v1/tutorials/{slug}/submissions", "/api/v1/tutorials/{slug}/practice-checks/{checkId}/attempts",
            "/api/v1/tutorials/{slug}/hints/next");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        new TreeMap<>(openApi.getPaths()).forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            add(op, "400", "The request is malformed or not valid");
            if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                add(op, "401", "No valid bearer token");
            }
            if (path.startsWith("/api/v1/admin/")) {
                add(op, "403", "The token lacks the admin scope");
            }
            if (op.getRequestBody() != null) {
                add(op, "413", "The body or the D2 source is larger than accepted");
                add(op, "415", "The body is not application/json");
            }
            if (RATE_LIMITED.contains(path) && method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST) {
                add(op, "429", "Too many requests; see the Retry-After header");
                op.getResponses().get("429").addHeaderObject("Retry-After", new io.swagger.v3.oas.models.headers.Header()
                        .description("Seconds to wait before retrying").schema(new IntegerSchema()));
            }
            if (path.contains("{")) {
                add(op, "404", "Nothing at this path");
            }
            add(op, "500", "An unexpected error; the body names an incident id");
            add(op, "503", "The database is unavailable; nothing was changed");
        }));
    }

    private static void add(Operation op, String status, String description) {
        if (op.getResponses().get(status) == null) {
            op.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        Schema<?> schema = new ObjectSchema()
                .description("An RFC 9457 problem. `type` is stable per kind of problem; branch on it.")
                .required(List.of("type", "title", "status"));
        schema.setProperties(new java.util.LinkedHashMap<>(Map.of(
                "type", new StringSchema().format("uri").example("https://fivenines.dev/problems/not-found"),
                "title", new StringSchema(),
                "status", new IntegerSchema(),
                "detail", new StringSchema(),
                "instance", new StringSchema())));
        return schema;
    }
}
