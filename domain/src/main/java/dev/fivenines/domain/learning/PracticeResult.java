package dev.fivenines.domain.learning;

/** The outcome of answering a practice check: only now are the answer and explanation revealed. */
public record PracticeResult(String checkId, boolean correct, String expected, String explanation) {
}
