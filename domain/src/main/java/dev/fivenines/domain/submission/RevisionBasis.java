package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the next revision is built on: the learner's newest revision of a tutorial (its number and
 * review state, which the store checks before it saves a revision built on it) and the newest
 * revision whose diagram compiled, which is what the next revision is compared with. An invalid
 * revision has nothing to compare, so a typo never reads as "every shape removed, then added".
 *
 * @param lastCompiled the newest revision that compiled, or null when none did yet
 */
public record RevisionBasis(int revision, ReviewState llm, Compiled lastCompiled) {

    /**
     * A compiled revision, reduced to what the comparison reads. Its verdicts are as they were when
     * it was read: a review landing later on it is seen once the submit path reads it back.
     *
     * @param verdicts the verdict per criterion id
     */
    public record Compiled(int revision, Map<String, Verdict> verdicts, DiagramOutline outline) {
        public Compiled {
            verdicts = Map.copyOf(verdicts);
        }

        static Compiled of(Submission submission, DiagramOutline outline) {
            return new Compiled(submission.revision(), RevisionBasis.verdicts(submission.feedback()), outline);
        }
    }

    /**
     * @param outline      the outline of {@code newest}'s diagram
     * @param lastCompiled the newest compiled revision before {@code newest}, or null
     */
    static RevisionBasis of(Submission newest, DiagramOutline outline, Compiled lastCompiled) {
        return new RevisionBasis(newest.revision(), newest.feedback().llm(),
                compiled(newest.feedback()) ? Compiled.of(newest, outline) : lastCompiled);
    }

    static boolean compiled(FeedbackReport report) {
        return report.status() != FeedbackStatus.INVALID;
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
