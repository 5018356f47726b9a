package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import dev.fivenines.domain.submission.HistoryCursor;
import dev.fivenines.domain.submission.SubmissionHistory;
import dev.fivenines.api.web.FeedbackViews.SubmissionView;
import dev.fivenines.domain.submission.SubmissionAccess;
import dev.fivenines.domain.submission.SubmissionPage;
import dev.fivenines.domain.submission.SubmissionSummary;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A learner's own submissions. */
@RestController
@Tag(name = OpenApiConfiguration.SUBMISSIONS)
@RequestMapping(path = "/api/v1/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class SubmissionController {

    private final SubmissionHistory history;
    private final SubmissionAccess access;
    private final SubmissionEvents events;

    SubmissionController(SubmissionHistory history, SubmissionAccess access, SubmissionEvents events) {
        this.history = history;
        this.access = access;
        this.events = events;
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSubmission", summary = "One submission with its feedback (its learner or an admin)",
            description = "Anyone else gets 404, as for an id that does not exist.")
    Mono<SubmissionView> get(ServerWebExchange exchange, @PathVariable UUID id) {
        return Caller.of(exchange).flatMap(caller -> access.find(id, caller.subject(), caller.admin()))
                .map(SubmissionView::of);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "submissionEvents", summary = "Server-Sent Events: the feedback now, and again when the LLM review lands",
            description = "Each `feedback` event carries the whole submission view. The stream ends after the "
                    + "`feedback` event whose `review.llm` is no longer `pending` (the feedback is final), or after "
                    + "an `error` event whose data is a problem document (polling failed, or the review did not "
                    + "land within 3 minutes; get the submission again later). A connection that closes without "
                    + "either is not final: reconnect.")
    @ApiResponse(responseCode = "200", description = "`feedback` events, possibly ending with one `error` event",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = SubmissionView.class))))
    Flux<ServerSentEvent<Object>> events(ServerWebExchange exchange, @PathVariable UUID id) {
        return Caller.of(exchange)
                .flatMap(caller -> access.find(id, caller.subject(), caller.admin()))
                .flatMapMany(events::untilFinal);
    }

    @GetMapping
    @Operation(operationId = "listSubmissions", summary = "Your own submissions, newest first",
            description = "Cursor-paginated: pass the `nextCursor` of a page as `cursor` to get the next one.")
    Mono<SubmissionHistoryResponse> list(
            @AuthenticationPrincipal Jwt learner,
            @Parameter(description = "Only submissions for this tutorial slug") @RequestParam(required = false) String tutorial,
            @Parameter(description = "The `nextCursor` of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new ApiException(Problem.of(ProblemType.VALIDATION_FAILED, "limit must be between 1 and 100."));
        }
        HistoryCursor after = cursor == null ? null : HistoryCursor.decode(cursor).orElseThrow(() ->
                new ApiException(Problem.of(ProblemType.VALIDATION_FAILED, "cursor is not one this API returned.")));
        return history.history(learner.getSubject(), tutorial, after, limit).map(SubmissionHistoryResponse::of);
    }

    /** A page of the learner's history. */
    record SubmissionHistoryResponse(List<Item> items, String nextCursor) {

        static SubmissionHistoryResponse of(SubmissionPage page) {
            return new SubmissionHistoryResponse(
                    page.items().stream().map(Item::of).toList(),
                    page.next() == null ? null : page.next().encode());
        }

        /** One revision with its outcome, so that a history view needs no call per row. */
        record Item(UUID id, String tutorial, int revision, Instant createdAt, String status,
                    FeedbackViews.ScoreView score, String llm) {
            static Item of(SubmissionSummary s) {
                return new Item(s.id(), s.tutorialSlug(), s.revision(), s.createdAt(),
                        s.status() == null ? null : s.status().name(),
                        s.score() == null ? null : new FeedbackViews.ScoreView(s.score().passed(), s.score().total()),
                        s.llm() == null ? null : s.llm().id());
            }
        }
    }
}
