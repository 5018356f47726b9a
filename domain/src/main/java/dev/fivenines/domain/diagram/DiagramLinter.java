package dev.fivenines.domain.diagram;

/** Inbound port: D2 diagnostics for an editor, as the learner types. Pure; never throws on any source. */
public interface DiagramLinter {

    LintReport lint(String source);
}
