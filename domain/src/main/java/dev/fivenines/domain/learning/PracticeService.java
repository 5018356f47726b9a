package dev.fivenines.domain.learning;

import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.common.NotFoundException;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import reactor.core.publisher.Mono;

/** Inbound use case: a learner answers a practice check; the answer is judged and recorded. */
public final class PracticeService {

    private final TutorialCatalog catalog;
    private final LearningRecords records;
    private final BoundedWork work;

    /** @param work where answers are matched: the expected reply is a pattern authors publish */
    public PracticeService(TutorialCatalog catalog, LearningRecords records, BoundedWork work) {
        this.catalog = catalog;
        this.records = records;
        this.work = work;
    }

    public Mono<PracticeResult> answer(String learner, String tutorialSlug, String checkId, String answer) {
        return Mono.defer(() -> {
            Tutorial tutorial = catalog.find(tutorialSlug).orElseThrow(() ->
                    new NotFoundException("There is no available tutorial '" + tutorialSlug + "'."));
            PracticeCheck check = tutorial.practiceChecks().stream().filter(c -> c.id().equals(checkId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Tutorial '" + tutorialSlug
                            + "' has no practice check '" + checkId + "'."));
            return work.run(() -> ReplyMatcher.matches(check.answer(), answer))
                    .flatMap(correct -> records.recordAttempt(learner, tutorialSlug, checkId, answer, correct)
                            .thenReturn(new PracticeResult(checkId, correct, check.answer(), check.explanation(),
                                    check.transcript())));
        });
    }
}
