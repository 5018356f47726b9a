package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import dev.fivenines.api.config.FiveninesProperties;
import dev.fivenines.api.web.FeedbackViews.SubmissionView;
import dev.fivenines.api.web.ratelimit.RateLimiter;
import dev.fivenines.domain.submission.SubmissionService;
import dev.fivenines.domain.submission.SubmitCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A learner submits a revision of their diagram and gets its deterministic feedback at once. */
@RestController
@Tag(name = OpenApiConfiguration.SUBMISSIONS)
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class SubmitController {

    private final SubmissionService submissions;
    private final RateLimiter perLearner;
    private final int maxSourceBytes;

    SubmitController(SubmissionService submissions, FiveninesProperties properties) {
        this.submissions = submissions;
        this.perLearner = new RateLimiter(properties.rateLimits().submissionsPerMinute());
        this.maxSourceBytes = properties.limits().maxSourceBytes();
    }

    /** @param source the D2 text, at most {@code fivenines.limits.max-source-bytes} UTF-8 bytes */
    record SubmitRequest(@NotNull String source) {
    }

    @PostMapping(path = "/api/v1/tutorials/{slug}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "submitDiagram", summary = "Submit a revision of your diagram for a tutorial",
            description = "Answers 201 with the stored submission and its structural feedback. A retried request "
                    + "with the same Idempotency-Key creates nothing twice and answers with the original "
                    + "(header Idempotency-Replayed: true). Rate-limited per learner (429 with Retry-After).")
    @ApiResponse(responseCode = "201", description = "Stored, with its feedback so far",
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    Mono<ResponseEntity<SubmissionView>> submit(
            @AuthenticationPrincipal Jwt learner,
            @PathVariable String slug,
            @Parameter(description = "A client-chosen key (e.g. a UUID) that makes retries safe")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody SubmitRequest request) {
        perLearner.tryAcquire(learner.getSubject()).ifPresent(seconds -> {
            throw ApiException.tooManyRequests(seconds);
        });
        SourceLimit.check(request.source(), maxSourceBytes);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new ApiException(Problem.of(ProblemType.VALIDATION_FAILED,
                    "Idempotency-Key must be 1 to 200 characters."));
        }
        return submissions.submit(new SubmitCommand(learner.getSubject(), slug, request.source(), idempotencyKey))
                .map(submitted -> ResponseEntity
                        .created(URI.create("/api/v1/submissions/" + submitted.submission().id()))
                        .header("Idempotency-Replayed", Boolean.toString(submitted.replayed()))
                        .body(SubmissionView.of(submitted.submission())));
    }
}
