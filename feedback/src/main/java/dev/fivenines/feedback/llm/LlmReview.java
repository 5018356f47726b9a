package dev.fivenines.feedback.llm;

import java.util.List;

/**
 * A validated, grounded LLM review: only judgements on existing criteria that cite something
 * existing in the submission survive.
 *
 * @param dropped why claims were removed (for the operator, never learner text)
 */
public record LlmReview(String promptVersion, String model, List<Judgement> judgements, String nextRevision,
                        List<String> dropped) {

    public LlmReview {
        judgements = List.copyOf(judgements);
        dropped = List.copyOf(dropped);
    }

    public enum LlmVerdict { PASS, MISSING, BROKEN, UNCLEAR, INSUFFICIENT_EVIDENCE }

    public record Judgement(String criterionId, LlmVerdict verdict, String explanation, List<Citation> citations) {
        public Judgement {
            citations = List.copyOf(citations);
        }
    }

    /** Either an element id or a 1-based inclusive line range. */
    public record Citation(String elementId, int startLine, int endLine) {
        public boolean isElement() {
            return elementId != null && !elementId.isEmpty();
        }
    }
}
