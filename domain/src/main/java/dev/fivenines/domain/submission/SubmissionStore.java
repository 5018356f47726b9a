package dev.fivenines.domain.submission;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Outbound port: where submissions are kept. A saved submission is never lost. */
public interface SubmissionStore {

    /**
     * Runs {@code work} while holding the learner's lock for the tutorial, in one transaction, so
     * that concurrent submissions by the same learner take revision numbers one after another
     * (across every API instance: the lock lives in the database). The submit path takes it only
     * after losing a race for a revision number.
     */
    <T> Mono<T> serialized(String learner, String tutorialSlug, Mono<T> work);

    /** The learner's newest revision for the tutorial, or empty. */
    Mono<Submission> latest(String learner, String tutorialSlug);

    /** The learner's newest revision for the tutorial whose diagram compiled (feedback not INVALID), or empty. */
    Mono<Submission> latestCompiled(String learner, String tutorialSlug);

    /** The submission the learner made with this idempotency key, or empty. */
    Mono<Submission> findByIdempotencyKey(String learner, String idempotencyKey);

    /** Any learner's submission by id, or empty. */
    Mono<Submission> find(UUID id);

    /**
     * Saves a new revision together with its feedback (and, when asked, its queued LLM review),
     * atomically: all of it or nothing. {@code previous} is what the revision was built on: the save
     * is refused unless it is still the newest revision with the same review state; null saves
     * without that check (a first revision, or one built under the learner's lock). Fails with {@link RevisionTakenException} when another request took the revision
     * number first or {@code previous} changed, and with {@link IdempotencyKeyTakenException} when one
     * with the same idempotency key was saved first.
     */
    Mono<Submission> insert(Submission submission, RevisionBasis previous, String idempotencyKey, boolean enqueueReview);

    /**
     * A concurrent submission for the same learner and tutorial got this revision number first, or
     * the revision the new one was built on is no longer what it was.
     */
    final class RevisionTakenException extends RuntimeException {
        public RevisionTakenException(Throwable cause) {
            super("revision taken", cause, false, false);
        }
    }

    /** A concurrent request with the same idempotency key was saved first. */
    final class IdempotencyKeyTakenException extends RuntimeException {
        public IdempotencyKeyTakenException(Throwable cause) {
            super("idempotency key taken", cause, false, false);
        }
    }
}
