package dev.fivenines.api.web;

import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.submission.Submission;
import dev.fivenines.domain.submission.SubmissionStore;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The feedback of a submission as it becomes final. While the LLM review is pending the stored row
 * is polled: any API instance may finish the review, and PostgreSQL is the one place that knows,
 * so no instance-local notification would be enough. Polling stops after a bounded wait.
 */
@Component
class SubmissionEvents {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final SubmissionStore store;

    SubmissionEvents(SubmissionStore store) {
        this.store = store;
    }

    Flux<Submission> untilFinal(Submission now) {
        if (now.feedback().llm() != ReviewState.PENDING) {
            return Flux.just(now);
        }
        Mono<Submission> settled = Flux.interval(POLL)
                .concatMap(tick -> store.find(now.id()))
                .filter(s -> s.feedback().llm() != ReviewState.PENDING)
                .next()
                .timeout(GIVE_UP, Mono.empty());
        return Flux.concat(Mono.just(now), settled);
    }
}
