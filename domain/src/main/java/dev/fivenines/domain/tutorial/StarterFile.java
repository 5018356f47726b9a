package dev.fivenines.domain.tutorial;

/** A file the learner starts from, e.g. {@code starter.d2}. */
public record StarterFile(String name, String content) {
}
