package dev.fivenines.domain.tutorial;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a tutorial's feedback checks. {@code version} is bumped whenever criteria or specs change;
 * feedback records the version it used.
 *
 * @param roles by name, in declaration order
 */
public record Rubric(int version, Map<String, Role> roles, List<Criterion> criteria) {

    public Rubric {
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        criteria = List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
