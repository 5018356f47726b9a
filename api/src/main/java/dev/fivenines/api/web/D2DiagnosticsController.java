package dev.fivenines.api.web;

import dev.fivenines.api.config.FiveninesProperties;
import dev.fivenines.api.web.ratelimit.ClientAddresses;
import dev.fivenines.api.web.ratelimit.RateLimiter;
import dev.fivenines.domain.diagram.DiagramLinter;
import dev.fivenines.domain.diagram.LintReport;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Live D2 linting for the editor: D2's own errors plus our learner warnings, and a graph summary.
 * Public, so it is rate-limited per client address and size-capped. A broken diagram is a normal
 * 200 answer full of diagnostics.
 */
@RestController
@RequestMapping(path = "/api/v1/d2/diagnostics", produces = MediaType.APPLICATION_JSON_VALUE)
class D2DiagnosticsController {

    private final DiagramLinter linter;
    private final RateLimiter perClient;
    private final ClientAddresses clients;
    private final int maxSourceBytes;

    D2DiagnosticsController(DiagramLinter linter, FiveninesProperties properties) {
        this.linter = linter;
        this.perClient = new RateLimiter(properties.rateLimits().diagnosticsPerMinute());
        this.clients = new ClientAddresses(properties.trustedProxies());
        this.maxSourceBytes = properties.limits().maxSourceBytes();
    }

    /** @param source the D2 text, at most {@code fivenines.limits.max-source-bytes} UTF-8 bytes */
    record DiagnosticsRequest(@NotNull String source) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "lintD2", summary = "Parse and compile D2 as d2 0.7.1 does, with learner warnings",
            description = "Public and rate-limited per client address (429 with Retry-After). "
                    + "An invalid diagram is a 200 answer with `valid: false` and its diagnostics.")
    Mono<LintReport> lint(ServerWebExchange exchange, @Valid @RequestBody DiagnosticsRequest request) {
        perClient.tryAcquire(clients.of(exchange.getRequest())).ifPresent(seconds -> {
            throw ApiException.tooManyRequests(seconds);
        });
        SourceLimit.check(request.source(), maxSourceBytes);
        return Mono.fromSupplier(() -> linter.lint(request.source()));
    }
}
