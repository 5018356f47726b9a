package dev.fivenines.domain.tutorial;

/**
 * Stops a server and starts it again on the same port and directory, so what it reloads from its
 * RDB or AOF file is what survives.
 *
 * @param kill true for {@code kill -9} (no shutdown save), false for SIGTERM (a graceful shutdown)
 */
public record RestartStep(String node, boolean kill) implements ScenarioStep {
}
