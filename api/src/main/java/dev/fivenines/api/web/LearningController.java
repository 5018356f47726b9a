package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import dev.fivenines.api.config.FiveninesProperties;
import dev.fivenines.api.web.ratelimit.RateLimiter;
import dev.fivenines.domain.learning.HintLadder;
import dev.fivenines.domain.learning.PracticeResult;
import dev.fivenines.domain.learning.PracticeService;
import dev.fivenines.domain.learning.Progress;
import dev.fivenines.domain.learning.ProgressService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A learner's own practice answers, hint ladder and progress. */
@RestController
@Tag(name = OpenApiConfiguration.LEARNING)
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class LearningController {

    private final PracticeService practice;
    private final HintLadder hints;
    private final ProgressService progress;
    private final RateLimiter attemptsPerLearner;
    private final RateLimiter revealsPerLearner;

    LearningController(PracticeService practice, HintLadder hints, ProgressService progress,
                       FiveninesProperties properties) {
        this.practice = practice;
        this.hints = hints;
        this.progress = progress;
        this.attemptsPerLearner = new RateLimiter(properties.rateLimits().practiceAttemptsPerMinute());
        this.revealsPerLearner = new RateLimiter(properties.rateLimits().hintRevealsPerMinute());
    }

    /** @param answer the reply you predict, as redis-cli prints it (`(integer) -1`) or plainly (`-1`) */
    record AnswerRequest(@NotNull @Size(max = 2000) String answer) {
    }

    /**
     * @param expected   the reply a real redis-server gives (placeholders such as {{int}} stand for any value)
     * @param transcript every step of the scenario with the reply a real redis-server gave, the asked step last
     */
    record PracticeResultView(String checkId, boolean correct, String expected, String explanation,
                              @Schema(description = "Every step of the scenario with the reply a real redis-server gave "
                                      + "(verified by the content test suite), the asked step last.")
                              List<TutorialViews.StepView> transcript) {
        static PracticeResultView of(PracticeResult r) {
            return new PracticeResultView(r.checkId(), r.correct(), r.expected(), r.explanation(),
                    r.transcript().stream().map(TutorialViews.StepView::of).toList());
        }
    }

    @PostMapping(path = "/api/v1/tutorials/{slug}/practice-checks/{checkId}/attempts",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "answerPracticeCheck", summary = "Answer a practice check; learn whether you were right, and why",
            description = "Rate-limited per learner (429 with Retry-After).")
    Mono<PracticeResultView> answer(@AuthenticationPrincipal Jwt learner, @PathVariable String slug,
                                    @PathVariable String checkId, @Valid @RequestBody AnswerRequest request) {
        attemptsPerLearner.tryAcquire(learner.getSubject()).ifPresent(seconds -> {
            throw ApiException.tooManyRequests(seconds);
        });
        StorableText.check("answer", request.answer());
        return practice.answer(learner.getSubject(), slug, checkId, request.answer()).map(PracticeResultView::of);
    }

    record HintView(String id, String text) {
    }

    /**
     * @param hints revealed so far, oldest first
     * @param note  set when a reveal was asked for after the last hint, null otherwise
     */
    record HintsView(List<HintView> hints, int remaining, String note) {
        static final String NO_MORE_HINTS = "No more hints: every hint of this tutorial is already revealed.";

        static HintsView of(HintLadder.Revealed r) {
            return new HintsView(r.hints().stream().map(h -> new HintView(h.id(), h.text())).toList(), r.remaining(),
                    r.noneLeft() ? NO_MORE_HINTS : null);
        }
    }

    @GetMapping(path = "/api/v1/tutorials/{slug}/hints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listRevealedHints", summary = "The hints you revealed for a tutorial, and how many remain")
    Mono<HintsView> revealed(@AuthenticationPrincipal Jwt learner, @PathVariable String slug) {
        return hints.revealed(learner.getSubject(), slug).map(HintsView::of);
    }

    @PostMapping(path = "/api/v1/tutorials/{slug}/hints/next", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "revealNextHint", summary = "Reveal one more hint",
            description = "The hint offered is the one tied to your most important failing criterion in your latest "
                    + "revision that compiled. After the last one, 200 with no new hint and a note saying there are no more. "
                    + "Rate-limited per learner (429 with Retry-After).")
    Mono<HintsView> revealNext(@AuthenticationPrincipal Jwt learner, @PathVariable String slug) {
        revealsPerLearner.tryAcquire(learner.getSubject()).ifPresent(seconds -> {
            throw ApiException.tooManyRequests(seconds);
        });
        return hints.revealNext(learner.getSubject(), slug).map(HintsView::of);
    }

    @GetMapping(path = "/api/v1/me/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProgress", summary = "Your progress over the whole catalog, untouched tutorials included")
    Mono<ProgressView> progress(@AuthenticationPrincipal Jwt learner) {
        return progress.progress(learner.getSubject()).map(ProgressView::of);
    }

    record ProgressView(List<TutorialProgressView> tutorials) {
        static ProgressView of(Progress p) {
            return new ProgressView(p.tutorials().stream().map(TutorialProgressView::of).toList());
        }
    }

    /**
     * @param bestScore null until the first revision
     * @param completed every ESSENTIAL criterion passes in the latest revision
     */
    record TutorialProgressView(String slug, String title, int position, boolean available, int revisions,
                                FeedbackViews.ScoreView bestScore, int hintsUsed, int practiceAnswered,
                                int practiceCorrect, boolean completed, List<Progress.CriterionState> criteria) {
        static TutorialProgressView of(Progress.TutorialProgress t) {
            var a = t.activity();
            return new TutorialProgressView(t.tutorial().slug(), t.tutorial().title(), t.tutorial().position(),
                    t.tutorial().available(), a.revisions(),
                    a.revisions() == 0 ? null : new FeedbackViews.ScoreView(a.bestPassed(), a.bestTotal()),
                    a.hintsUsed(), a.practiceAnswered(), a.practiceCorrect(), t.completed(), t.criteria());
        }
    }
}
