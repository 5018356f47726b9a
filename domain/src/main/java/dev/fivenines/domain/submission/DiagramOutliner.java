package dev.fivenines.domain.submission;

/** Outbound port: compile a D2 source far enough to list its elements. Pure; never throws. */
public interface DiagramOutliner {
    DiagramOutline outline(String source);
}
