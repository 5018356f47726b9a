package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import dev.fivenines.api.config.FiveninesProperties;
import dev.fivenines.api.web.ratelimit.ClientAddresses;
import dev.fivenines.api.web.ratelimit.RateLimiter;
import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.common.WorkTimedOutException;
import dev.fivenines.domain.diagram.DiagramLinter;
import dev.fivenines.domain.diagram.LintReport;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.InetSocketAddress;
import java.util.List;
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
 * 200 answer full of diagnostics. The lint runs on the CPU work pool; one that runs past the time
 * limit is stopped and answered like any other error in the source, with one diagnostic
 * ({@value #TOO_SLOW}): the editor shows it where it shows every error, nothing is stored, and
 * the learner's next keystroke simply lints again.
 */
@RestController
@Tag(name = OpenApiConfiguration.D2)
@RequestMapping(path = "/api/v1/d2/diagnostics", produces = MediaType.APPLICATION_JSON_VALUE)
class D2DiagnosticsController {

    static final String TOO_SLOW = "d2.compile.too_slow";

    private final DiagramLinter linter;
    private final BoundedWork work;
    private final RateLimiter perClient;
    private final ClientAddresses clients;
    private final int maxSourceBytes;

    D2DiagnosticsController(DiagramLinter linter, BoundedWork work, FiveninesProperties properties) {
        this.linter = linter;
        this.work = work;
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
                    + "An invalid diagram is a 200 answer with `valid: false` and its diagnostics. A diagram that "
                    + "takes longer than the server's time limit to check is stopped and answered the same way, "
                    + "with the one error `d2.compile.too_slow`. 503 `overloaded` with Retry-After when the "
                    + "server is busy checking other diagrams.")
    Mono<LintReport> lint(ServerWebExchange exchange, @Valid @RequestBody DiagnosticsRequest request) {
        perClient.tryAcquire(clients.of(exchange.getRequest())).ifPresent(seconds -> {
            throw ApiException.tooManyRequests(seconds);
        });
        SourceLimit.check(request.source(), maxSourceBytes);
        return work.run(() -> linter.lint(request.source()))
                .onErrorResume(WorkTimedOutException.class, stopped -> Mono.just(tooSlow(stopped)));
    }

    private static LintReport tooSlow(WorkTimedOutException stopped) {
        String message = "Checking this diagram took longer than " + stopped.limit().toMillis() + " ms, so it was "
                + "stopped. Globs (*) matched against many names and variables that substitute each other are the "
                + "usual cause; simplify them.";
        return new LintReport(false, List.of(new LintReport.Diagnostic("ERROR", TOO_SLOW, message, 1, 1, 1, 1)),
                0, 0, 0);
    }
}
