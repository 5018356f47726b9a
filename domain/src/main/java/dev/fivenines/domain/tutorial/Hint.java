package dev.fivenines.domain.tutorial;

import java.util.List;

/** A hint, ordered from gentle to specific within a tutorial, tied to the criteria it helps. */
public record Hint(String id, String text, List<String> criteria) {
    public Hint {
        criteria = List.copyOf(criteria);
    }
}
