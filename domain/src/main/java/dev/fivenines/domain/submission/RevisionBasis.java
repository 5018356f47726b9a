package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the next revision is compared with: the learner's newest revision of a tutorial, reduced to
 * what the comparison reads. Its review state is part of it because a landing LLM review changes
 * the verdicts; the store checks both number and state before it saves a revision built on it.
 *
 * @param verdicts the verdict per criterion id
 */
public record RevisionBasis(int revision, ReviewState llm, Map<String, Verdict> verdicts, DiagramOutline outline) {

    public RevisionBasis {
        verdicts = Map.copyOf(verdicts);
    }

    static RevisionBasis of(Submission submission, DiagramOutline outline) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Finding finding : submission.feedback().findings()) {
            verdicts.putIfAbsent(finding.criterionId(), finding.verdict());
        }
        return new RevisionBasis(submission.revision(), submission.feedback().llm(), verdicts, outline);
    }
}
