package dev.fivenines.domain.feedback;

import dev.fivenines.domain.tutorial.Tutorial;

/**
 * Outbound port: the deterministic review of a D2 submission against a tutorial's rubric. Pure
 * and synchronous; never throws on bad input (an unparsable source gives an INVALID report).
 */
public interface DiagramAnalyzer {

    FeedbackReport analyze(Tutorial tutorial, String source);
}
