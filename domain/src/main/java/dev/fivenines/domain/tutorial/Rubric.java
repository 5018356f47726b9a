package dev.fivenines.domain.tutorial;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a tutorial's feedback checks. {@code version} is bumped whenever criteria or specs change;
 * feedback records the version it used.
 *
 * @param roles   by name, in declaration order
 * @param stretch the next step offered when every criterion passes (empty when the rubric gives none)
 */
public record Rubric(int version, Map<String, Role> roles, List<Criterion> criteria, String stretch) {

    public Rubric {
        stretch = stretch == null ? "" : stretch;
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        criteria = List.copyOf(criteria);
    }

    public Rubric(int version, Map<String, Role> roles, List<Criterion> criteria) {
        this(version, roles, criteria, "");
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
