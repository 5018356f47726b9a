package dev.fivenines.domain.feedback;

/** How many of the judged criteria passed. */
public record Score(int passed, int total) {
}
