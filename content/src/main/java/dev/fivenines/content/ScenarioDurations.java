package dev.fivenines.content;

import java.time.Duration;

/** Durations in practice-check scenarios: {@code 1100ms} or {@code 5s} (the schema checks the form). */
final class ScenarioDurations {

    /** Longest {@code wait}: time passing is the point, but the suite must stay fast. */
    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    /** Longest poll: a replica catching up or a sentinel failover, both well under this. */
    static final Duration MAX_POLL = Duration.ofSeconds(30);

    private ScenarioDurations() {
    }

    static Duration parse(String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
    }
}
