package dev.fivenines.domain.tutorial;

import java.util.Locale;
import java.util.Optional;

/** How much a tutorial assumes; the content files spell it in lower case. */
public enum Level {
    FOUNDATION, INTERMEDIATE, ADVANCED;

    /** The spelling used in content files and the API ({@code foundation}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> fromId(String id) {
        for (Level level : values()) {
            if (level.id().equals(id)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
