package dev.fivenines.domain.stats;

import java.util.List;

/**
 * How learners fare in one tutorial, so authors see which criteria learners fail and which
 * checks may misfire (a criterion almost nobody passes, or many UNCLEAR verdicts).
 *
 * @param attempts                submissions in all
 * @param learners                distinct learners who submitted
 * @param learnersPassed          learners with a revision where every ESSENTIAL criterion passed
 * @param medianRevisionsToPass   median revision number of each such learner's first passing revision;
 *                                null when nobody passed yet
 * @param criteria                verdict counts over each learner's latest revision
 */
public record TutorialStats(String tutorialSlug, long attempts, long learners, long learnersPassed,
                            Double medianRevisionsToPass, List<CriterionStats> criteria) {

    public TutorialStats {
        criteria = List.copyOf(criteria);
    }

    /** @param passRate passed / judged, 0 when nothing was judged */
    public record CriterionStats(String criterionId, long judged, long passed, long missing, long broken,
                                 long unclear, double passRate) {
    }
}
