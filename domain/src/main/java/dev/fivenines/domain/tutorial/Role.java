package dev.fivenines.domain.tutorial;

import java.util.List;

/**
 * A part of the mechanism that the learner may name freely: matched by meaning against
 * normalised ids, labels and edge labels. Role names are part of the API contract: a learner
 * settles a disputed reading with a D2 class named after the role ({@code u3.class: executor}).
 *
 * @param title       what the learner reads for the role ("the command executor"); the name when none is given
 * @param description one line on what the role does in Redis; empty when none is given
 * @param synonyms    words or phrases, compared after normalisation (case, punctuation, camelCase)
 * @param patterns    regular expressions searched in the normalised text
 */
public record Role(String name, String title, String description, List<String> synonyms, List<String> patterns) {
    public Role {
        title = title == null || title.isBlank() ? name : title;
        description = description == null ? "" : description;
        synonyms = List.copyOf(synonyms);
        patterns = List.copyOf(patterns);
    }

    public Role(String name, List<String> synonyms, List<String> patterns) {
        this(name, name, "", synonyms, patterns);
    }
}
