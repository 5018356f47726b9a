package dev.fivenines.domain.tutorial;

/**
 * How much a criterion matters, most important first (Exercism's ordering). The declaration
 * order is the sort order of findings.
 */
public enum Severity {
    ESSENTIAL, ACTIONABLE, INFORMATIVE, CELEBRATORY
}
