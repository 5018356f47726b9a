package dev.fivenines.domain.learning;

import java.util.List;
import reactor.core.publisher.Mono;

/** Outbound port: what a learner did besides submitting: practice answers and revealed hints. */
public interface LearningRecords {

    Mono<Void> recordAttempt(String learner, String tutorialSlug, String checkId, String answer, boolean correct);

    /** Hint ids the learner revealed for the tutorial, in the order revealed. */
    Mono<List<String>> revealedHints(String learner, String tutorialSlug);

    /** Records a reveal; revealing the same hint twice records it once. */
    Mono<Void> recordReveal(String learner, String tutorialSlug, String hintId);
}
