package dev.fivenines.domain.tutorial;

import java.time.Duration;

/** Lets time pass (a TTL running out, a cron tick), bounded by the content rules. */
public record WaitStep(Duration duration) implements ScenarioStep {
}
