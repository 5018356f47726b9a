package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Compares a new revision's feedback and diagram with the previous revision's. */
final class Revisions {

    private Revisions() {
    }

    static RevisionChanges changes(RevisionBasis previous, FeedbackReport now, DiagramOutline after) {
        Map<String, Verdict> was = previous.verdicts();
        Map<String, Verdict> is = RevisionBasis.verdicts(now);
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

    private static List<String> select(Map<String, Verdict> was, Map<String, Verdict> is,
                                       BiPredicate<Verdict, Verdict> rule) {
        return is.keySet().stream().sorted()
                .filter(id -> was.containsKey(id) && rule.test(was.get(id), is.get(id)))
                .toList();
    }
}
