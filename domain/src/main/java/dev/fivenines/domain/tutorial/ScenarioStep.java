package dev.fivenines.domain.tutorial;

/**
 * One step of a practice check's scenario, run in order against real redis-server processes.
 * A step that names no node runs on the topology's first node.
 */
public sealed interface ScenarioStep permits CliStep, RawStep, WaitStep, RestartStep {
}
