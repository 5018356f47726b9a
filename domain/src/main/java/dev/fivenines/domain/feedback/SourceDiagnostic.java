package dev.fivenines.domain.feedback;

/**
 * A problem in the submitted source (parse error, compile error, lint).
 *
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param line     1-based
 * @param column   1-based, in UTF-16 code units
 */
public record SourceDiagnostic(String severity, String message, int line, int column) {
}
