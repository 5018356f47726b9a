package dev.fivenines.api.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
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
    /** Operations whose work runs on the bounded CPU pool (time limit and queue bound). */
    private static final java.util.Set<String> CPU_BOUND = java.util.Set.of("/api/v1/d2/diagnostics",
            "/api/v1/tutorials/{slug}/submissions", "/api/v1/tutorials/{slug}/practice-checks/{checkId}/attempts",
            "/api/v1/admin/tutorials/{slug}/versions", "/api/v1/admin/tutorials/{slug}/versions/{version}/activate");

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
                add(op, "408", "The body stopped arriving (read or request timeout)");
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
            if (CPU_BOUND.contains(path) && method == PathItem.HttpMethod.POST) {
                cpuBound(op, !path.equals("/api/v1/d2/diagnostics"));
            }
            add(op, "500", "An unexpected error; the body names an incident id");
            add(op, "503", "The database is unavailable; nothing was changed");
        }));
    }

    /**
     * 503 {@code overloaded} with Retry-After when the CPU pool's queue is full; 422 {@code too-complex}
     * when the work ran past the time limit (the diagnostics endpoint answers that with a diagnostic).
     */
    private static void cpuBound(Operation op, boolean timeLimitIsProblem) {
        if (timeLimitIsProblem) {
            add(op, "422", "Checking the input took longer than the server's time limit (type `too-complex`); "
                    + "nothing was stored");
        }
        add(op, "503", "The server is busy checking other input (type `overloaded`; see the Retry-After header), "
                + "or the database is unavailable; nothing was changed");
        op.getResponses().get("503").addHeaderObject("Retry-After", new io.swagger.v3.oas.models.headers.Header()
                .description("Seconds to wait before retrying (sent with `overloaded`)").schema(new IntegerSchema()));
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
                "type", new StringSchema().format("uri").example("https://fivenines.dev/problems/not-found")
                        .description("Stable URI naming the kind of problem; branch on it."),
                "title", new StringSchema().description("Short summary of the kind of problem; the same every time."),
                "status", new IntegerSchema().description("The HTTP status code."),
                "detail", new StringSchema().description("What went wrong this time, in words for a person."),
                "instance", new StringSchema().description("The request path the problem concerns."))));
        return schema;
    }
}
