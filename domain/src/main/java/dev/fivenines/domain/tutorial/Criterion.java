package dev.fivenines.domain.tutorial;

import java.util.Optional;

/**
 * One rubric criterion.
 *
 * @param check the structural spec; null exactly when {@code checkedBy} is {@link CheckedBy#LLM}
 */
public record Criterion(
        String id,
        String title,
        String description,
        Severity severity,
        CheckedBy checkedBy,
        Spec check) {

    public Optional<Spec> spec() {
        return Optional.ofNullable(check);
    }
}
