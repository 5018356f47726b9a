package dev.fivenines.api.web;

import dev.fivenines.api.web.FeedbackViews.SubmissionView;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.submission.Submission;
import dev.fivenines.domain.submission.SubmissionStore;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The feedback of a submission as it becomes final. While the LLM review is pending the stored row
 * is polled: any API instance may finish the review, and PostgreSQL is the one place that knows,
 * so no instance-local notification would be enough.
 *
 * <p>The stream ends in exactly one of two ways: with a {@code feedback} event whose review is no
 * longer pending (the feedback is final), or with an {@code error} event (a problem document) when
 * polling failed or the review did not land within {@link #GIVE_UP}. A client never has to read a
 * closed connection as "final".
 */
@Component
class SubmissionEvents {

    private static final Logger log = LoggerFactory.getLogger(SubmissionEvents.class);

    static final Duration POLL = Duration.ofSeconds(1);
    static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final SubmissionStore store;

    SubmissionEvents(SubmissionStore store) {
        this.store = store;
    }

    Flux<ServerSentEvent<Object>> untilFinal(Submission now) {
        if (now.feedback().llm() != ReviewState.PENDING) {
            return Flux.just(feedback(now));
        }
        Mono<ServerSentEvent<Object>> settled = polls(now)
                .filter(s -> s.feedback().llm() != ReviewState.PENDING)
                .next()
                .map(SubmissionEvents::feedback)
                .timeout(GIVE_UP, Mono.fromSupplier(() -> error(ProblemType.SERVICE_UNAVAILABLE,
                        "The LLM review has not finished after " + GIVE_UP.toMinutes() + " minutes. The feedback "
                                + "above is the structural part; get the submission again later for the review.")))
                .onErrorResume(e -> {
                    log.warn("Feedback stream of submission {} stopped polling: {}", now.id(), e.toString());
                    return Mono.just(error(ProblemType.SERVICE_UNAVAILABLE,
                            "The feedback could not be read just now; reconnect to follow it again."));
                });
        return Flux.concat(Mono.just(feedback(now)), settled);
    }

    /**
     * Wait, read, repeat: the next poll starts a full interval after the previous one answered, so
     * a slow database spaces the polls out instead of overflowing a ticking timer.
     */
    private Flux<Submission> polls(Submission now) {
        return Mono.delay(POLL).then(Mono.defer(() -> store.find(now.id()))).repeat();
    }

    private static ServerSentEvent<Object> feedback(Submission s) {
        return ServerSentEvent.<Object>builder(SubmissionView.of(s)).event("feedback")
                .id(s.id() + ":" + s.feedback().llm().id()).build();
    }

    private static ServerSentEvent<Object> error(ProblemType type, String detail) {
        return ServerSentEvent.<Object>builder(Problem.of(type, detail).body(null)).event("error").build();
    }
}
