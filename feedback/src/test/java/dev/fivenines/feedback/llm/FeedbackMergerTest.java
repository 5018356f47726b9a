package dev.fivenines.feedback.llm;

import static dev.fivenines.feedback.llm.LlmFixtures.assertStructuralIntact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.feedback.llm.LlmReview.Citation;
import dev.fivenines.feedback.llm.LlmReview.Judgement;
import dev.fivenines.feedback.llm.LlmReview.LlmVerdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackMergerTest {

    private static Judgement judge(String id, LlmVerdict v, String why, Citation... c) {
        return new Judgement(id, v, why, List.of(c));
    }

    private static LlmReview review(Judgement... js) {
        return new LlmReview(ReviewPrompt.PROMPT_VERSION, "m", List.of(js), "Add the reply.", List.of());
    }

    private static Finding find(FeedbackReport r, String id) {
        return r.findings().stream().filter(f -> f.criterionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mergeWhenLlmAgreesOnBothCriterionThenOriginBothWithExplanation() {
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);
        FeedbackReport merged = FeedbackMerger.merge(structural, review(
                judge("server-replies", LlmVerdict.MISSING, "Nothing returns to the client.", new Citation(null, 4, 4))),
                LlmFixtures.tutorial(), LlmFixtures.SOURCE);
        Finding f = find(merged, "server-replies");
        assertThat(f.origin()).isEqualTo(Origin.BOTH);
        assertThat(f.message()).endsWith("Nothing returns to the client.");
        assertThat(merged.status()).isEqualTo(FeedbackStatus.COMPLETE);
        assertThat(merged.llm()).isEqualTo(ReviewState.DONE);
        assertStructuralIntact(structural, merged);
    }

    @Test
    void mergeWhenLlmClaimsPassOnMissingStructuralCriterionThenVerdictStaysAndDisagreementIsNoted() {
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);
        FeedbackReport merged = FeedbackMerger.merge(structural, review(
                judge("server-replies", LlmVerdict.PASS, "The reply is implied.", new Citation("server", 0, 0)),
                judge("has-client", LlmVerdict.MISSING, "No client.", new Citation("client", 0, 0))),
                LlmFixtures.tutorial(), LlmFixtures.SOURCE);
        Finding replies = find(merged, "server-replies");
        assertThat(replies.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(replies.origin()).isEqualTo(Origin.STRUCTURAL);
        assertThat(replies.message()).contains("read this differently (PASS)").contains("structural check decides");
        assertThat(find(merged, "has-client")).isEqualTo(find(structural, "has-client"));
        assertThat(merged.score()).isEqualTo(structural.score());
        assertStructuralIntact(structural, merged);
    }

    @Test
    void mergeWhenLlmOnlyCriterionJudgedThenLlmVerdictWithGroundedEvidenceAndScoreCountsIt() {
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);
        FeedbackReport merged = FeedbackMerger.merge(structural, review(
                judge("explains-single-thread", LlmVerdict.PASS, "One server runs it.", new Citation("server", 0, 0))),
                LlmFixtures.tutorial(), LlmFixtures.SOURCE);
        Finding f = find(merged, "explains-single-thread");
        assertThat(f.verdict()).isEqualTo(Verdict.PASS);
        assertThat(f.origin()).isEqualTo(Origin.LLM);
        assertThat(f.evidence().getFirst().startLine()).isEqualTo(3);
        assertThat(f.evidence().getFirst().elementIds()).containsExactly("server");
        assertThat(merged.score().passed()).isEqualTo(structural.score().passed() + 1);
        assertThat(merged.score().total()).isEqualTo(structural.score().total() + 1);
        assertThat(merged.unjudged()).isEmpty();
        assertThat(merged.summary().holdsUp()).contains("Single thread explained");
        assertStructuralIntact(structural, merged);
    }

    @Test
    void mergeWhenInsufficientEvidenceThenUnclearNotMissing() {
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);
        FeedbackReport merged = FeedbackMerger.merge(structural, review(
                judge("explains-single-thread", LlmVerdict.INSUFFICIENT_EVIDENCE, "", new Citation(null, 1, 4))),
                LlmFixtures.tutorial(), LlmFixtures.SOURCE);
        assertThat(find(merged, "explains-single-thread").verdict()).isEqualTo(Verdict.UNCLEAR);
        assertStructuralIntact(structural, merged);
    }

    @Test
    void mergeWhenNoJudgementForLlmCriterionThenItStaysUnjudged() {
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);
        FeedbackReport merged = FeedbackMerger.merge(structural, review(), LlmFixtures.tutorial(), LlmFixtures.SOURCE);
        assertThat(merged.unjudged()).containsExactly("explains-single-thread");
        assertThat(merged.score()).isEqualTo(structural.score());
        assertThat(merged.findings()).isEqualTo(structural.findings());
    }

    @Test
    void mergeWhenInjectionInSourceThenIntegrityFindingAddedOnceAndNoVerdictChanges() {
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.INJECTED);
        FeedbackReport merged = FeedbackMerger.merge(structural, review(), LlmFixtures.tutorial(), LlmFixtures.INJECTED);
        assertThat(merged.findings()).filteredOn(f -> f.criterionId().equals(InjectionDetector.CRITERION_ID)).hasSize(2);
        assertThat(merged.score()).isEqualTo(structural.score());
        assertStructuralIntact(structural, merged);
        FeedbackReport again = FeedbackMerger.failed(merged, LlmFixtures.INJECTED);
        assertThat(again.findings()).filteredOn(f -> f.criterionId().equals(InjectionDetector.CRITERION_ID)).hasSize(2);
    }

    @Test
    void failedWhenLlmDidNotAnswerThenStructuralKeptPartialAndFailed() {
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);
        FeedbackReport failed = FeedbackMerger.failed(structural, LlmFixtures.SOURCE);
        assertThat(failed.status()).isEqualTo(FeedbackStatus.PARTIAL);
        assertThat(failed.llm()).isEqualTo(ReviewState.FAILED);
        assertThat(failed.findings()).isEqualTo(structural.findings());
        assertThat(failed.score()).isEqualTo(structural.score());
    }

    @Test
    void mergeWhenStructuralReportInvalidThenReturnedUnchanged() {
        FeedbackReport invalid = LlmFixtures.structural("a -> {");
        assertThat(invalid.status()).isEqualTo(FeedbackStatus.INVALID);
        assertThat(FeedbackMerger.merge(invalid, review(), LlmFixtures.tutorial(), "a -> {")).isSameAs(invalid);
    }
}
