package dev.fivenines.domain.tutorial;

import java.util.Locale;
import java.util.Optional;

/** The kind of D2 artifact a tutorial asks the learner to draw. */
public enum ArtifactType {
    SEQUENCE_DIAGRAM, STATE_MACHINE, FLOWCHART, DATA_MODEL, ARCHITECTURE_DIAGRAM;

    /** The spelling used in content files and the API ({@code sequence-diagram}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** For learner-facing messages: {@code sequence diagram}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static Optional<ArtifactType> fromId(String id) {
        for (ArtifactType type : values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
