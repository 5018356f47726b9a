package dev.fivenines.domain.feedback;

import java.util.Locale;

/** The state of the LLM review part of a feedback result. */
public enum ReviewState {
    DISABLED, PENDING, DONE, FAILED;

    /** As the pinned JSON spells it ({@code disabled}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
