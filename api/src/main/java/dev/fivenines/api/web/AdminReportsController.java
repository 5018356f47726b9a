package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import dev.fivenines.api.web.FeedbackViews.FeedbackView;
import dev.fivenines.domain.stats.PlatformStatistics;
import dev.fivenines.domain.stats.TutorialStats;
import dev.fivenines.domain.submission.ResearchExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Statistics and research exports for authors and operators. Admin scope. */
@RestController
@Tag(name = OpenApiConfiguration.ADMIN_REPORTS)
@RequestMapping("/api/v1/admin")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class AdminReportsController {

    private final PlatformStatistics statistics;
    private final ResearchExport export;

    AdminReportsController(PlatformStatistics statistics, ResearchExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    record StatsView(List<TutorialStats> tutorials) {
    }

    @GetMapping(path = "/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "adminStats", summary = "Per tutorial and per criterion: attempts, pass rates, median revisions to pass",
            description = "Criterion counts are over each learner's latest revision. Many UNCLEAR verdicts, or a criterion "
                    + "almost nobody passes, point at a check that may misfire.")
    Mono<StatsView> stats() {
        return statistics.tutorials().map(StatsView::new);
    }

    /** One line of the export. @param learner a pseudonym, stable per learner */
    record ExportLine(UUID id, String learner, String tutorial, int revision, Instant createdAt, String source,
                      FeedbackView feedback) {
    }

    @GetMapping(path = "/exports/submissions", produces = MediaType.APPLICATION_NDJSON_VALUE)
    @Operation(operationId = "adminExportSubmissions", summary = "Every submission with its feedback as NDJSON, oldest first",
            description = "One JSON object per line. Learners appear as stable pseudonyms: an HMAC-SHA256 of the "
                    + "subject under a server-side key, so knowing or guessing a subject does not find its rows.")
    Flux<ExportLine> exportSubmissions(
            @Parameter(description = "Only this tutorial's submissions") @RequestParam(required = false) String tutorial) {
        return export.submissions(tutorial).map(s -> new ExportLine(s.id(), s.learner(), s.tutorialSlug(), s.revision(),
                s.createdAt(), s.source(), FeedbackView.of(s.feedback())));
    }
}
