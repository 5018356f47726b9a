package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.FeedbackReport;
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
        return new RevisionBasis(submission.revision(), submission.feedback().llm(),
                verdicts(submission.feedback()), outline);
    }

    /** The verdict per criterion id; the first finding of a criterion counts. */
    static Map<String, Verdict> verdicts(FeedbackReport report) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            verdicts.putIfAbsent(finding.criterionId(), finding.verdict());
        }
        return verdicts;
    }
}
