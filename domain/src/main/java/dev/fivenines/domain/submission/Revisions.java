package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/** Compares a new revision's feedback and diagram with the previous revision's. */
final class Revisions {

    private Revisions() {
    }

    static RevisionChanges changes(RevisionBasis previous, FeedbackReport now, DiagramOutline after) {
        Map<String, Verdict> was = previous.verdicts();
        Map<String, Verdict> is = verdicts(now);
        return new RevisionChanges(previous.revision(),
                select(was, is, (w, n) -> failing(w) && n == Verdict.PASS),
                select(was, is, (w, n) -> failing(w) && failing(n)),
                select(was, is, (w, n) -> w == Verdict.PASS && failing(n)),
                DiagramDiff.between(previous.outline(), after));
    }

    /** UNCLEAR is not a failure: it was never claimed missing. */
    private static boolean failing(Verdict verdict) {
        return verdict == Verdict.MISSING || verdict == Verdict.BROKEN;
    }

    private static Map<String, Verdict> verdicts(FeedbackReport report) {
        return report.findings().stream()
                .collect(Collectors.toMap(Finding::criterionId, Finding::verdict, (a, b) -> a));
    }

    private static List<String> select(Map<String, Verdict> was, Map<String, Verdict> is,
                                       BiPredicate<Verdict, Verdict> rule) {
        return is.keySet().stream().sorted()
                .filter(id -> was.containsKey(id) && rule.test(was.get(id), is.get(id)))
                .toList();
    }
}
