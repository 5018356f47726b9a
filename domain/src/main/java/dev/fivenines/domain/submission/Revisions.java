package dev.fivenines.domain.submission;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Compares a new revision's feedback and diagram with the newest earlier revision that compiled. */
final class Revisions {

    private Revisions() {
    }

    /**
     * What changed, or null when there is nothing to say: a first revision, or a compiled one with no
     * compiled revision before it. An invalid revision after earlier ones is not compared at all.
     */
    static RevisionChanges changes(RevisionBasis previous, FeedbackReport now, DiagramOutline after) {
        if (previous == null) {
            return null;
        }
        if (!RevisionBasis.compiled(now)) {
            return RevisionChanges.notCompared(previous.revision());
        }
        RevisionBasis.Compiled before = previous.lastCompiled();
        if (before == null) {
            return null;
        }
        Map<String, Verdict> was = before.verdicts();
        Map<String, Verdict> is = RevisionBasis.verdicts(now);
        return new RevisionChanges(before.revision(),
                select(was, is, (w, n) -> failing(w) && n == Verdict.PASS),
                select(was, is, (w, n) -> failing(w) && failing(n)),
                select(was, is, (w, n) -> w == Verdict.PASS && failing(n)),
                DiagramDiff.between(before.outline(), after), null);
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
