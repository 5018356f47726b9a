package dev.fivenines.domain.submission;

import dev.fivenines.domain.common.NotFoundException;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Inbound use case: read one submission. Only its learner and admins may; anyone else is told it
 * does not exist, so ids cannot be probed.
 */
public final class SubmissionAccess {

    private final SubmissionStore store;

    public SubmissionAccess(SubmissionStore store) {
        this.store = store;
    }

    public Mono<Submission> find(UUID id, String requester, boolean admin) {
        return store.find(id)
                .filter(s -> admin || s.learner().equals(requester))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("There is no submission " + id + ".")));
    }
}
