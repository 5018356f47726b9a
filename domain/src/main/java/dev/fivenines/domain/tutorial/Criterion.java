package dev.fivenines.domain.tutorial;

import java.util.Optional;

/**
 * One rubric criterion.
 *
 * @param why   one sentence, in Redis terms, on why the criterion matters; shown when it fails
 *              (empty when the rubric gives none)
 * @param check the structural spec; null exactly when {@code checkedBy} is {@link CheckedBy#LLM}
 */
public record Criterion(
        String id,
        String title,
        String description,
        String why,
        Severity severity,
        CheckedBy checkedBy,
        Spec check) {

    public Criterion {
        why = why == null ? "" : why;
    }

    /** A criterion without a {@code why}, as older rubrics and tests write it. */
    public Criterion(String id, String title, String description, Severity severity, CheckedBy checkedBy, Spec check) {
        this(id, title, description, "", severity, checkedBy, check);
    }

    public Optional<Spec> spec() {
        return Optional.ofNullable(check);
    }
}
