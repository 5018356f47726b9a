package dev.fivenines.domain.tutorial;

import java.util.List;

/**
 * A part of the mechanism that the learner may name freely: matched by meaning against
 * normalised ids, labels and edge labels.
 *
 * @param synonyms words or phrases, compared after normalisation (case, punctuation, camelCase)
 * @param patterns regular expressions searched in the normalised text
 */
public record Role(String name, List<String> synonyms, List<String> patterns) {
    public Role {
        synonyms = List.copyOf(synonyms);
        patterns = List.copyOf(patterns);
    }
}
