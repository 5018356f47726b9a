package dev.fivenines.feedback.llm;

import static dev.fivenines.feedback.llm.LlmFixtures.J;
import static dev.fivenines.feedback.llm.LlmFixtures.content;
import static dev.fivenines.feedback.llm.LlmFixtures.element;
import static dev.fivenines.feedback.llm.LlmFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.feedback.llm.LlmOutcome.Done;
import dev.fivenines.feedback.llm.LlmOutcome.Failed;
import dev.fivenines.feedback.llm.LlmOutcome.Kind;
import dev.fivenines.feedback.llm.LlmReview.Judgement;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmReviewValidatorTest {

    private final Rubric rubric = LlmFixtures.tutorial().rubric();
    private final Grounding grounding = Grounding.of(LlmFixtures.SOURCE);

    private LlmOutcome validate(String content) {
        return LlmReviewValidator.validate(content, rubric, grounding, "m", LlmOutcome.Usage.NONE);
    }

    @Test
    void validateWhenNotJsonThenMalformed() {
        assertThat(validate("Sure! Here is my review: {")).isInstanceOf(Failed.class)
                .extracting(o -> ((Failed) o).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void validateWhenJsonViolatesSchemaThenSchemaViolation() {
        assertThat(validate("{\"judgements\":[{\"criterionId\":\"has-client\",\"verdict\":\"GREAT\"}]}"))
                .isEqualTo(new Failed(Kind.SCHEMA_VIOLATION, "The reviewer's answer did not have the expected form."));
        assertThat(validate("[1,2]")).extracting(o -> ((Failed) o).kind()).isEqualTo(Kind.SCHEMA_VIOLATION);
    }

    @Test
    void validateWhenFencedJsonThenAccepted() {
        String json = content(List.of(new J("has-client", "PASS", "ok", List.of(element("client")))), "n");
        assertThat(validate("```json\n" + json + "\n```")).isInstanceOf(Done.class);
    }

    @Test
    void validateWhenCriterionIdIsInventedThenOnlyThatJudgementIsDropped() {
        Done done = (Done) validate(content(List.of(
                new J("has-client", "PASS", "ok", List.of(element("client"))),
                new J("uses-cluster", "MISSING", "no cluster", List.of(element("server")))), "n"));
        assertThat(done.review().judgements()).extracting(Judgement::criterionId).containsExactly("has-client");
        assertThat(done.review().dropped()).containsExactly("unknown criterion uses-cluster");
    }

    @Test
    void validateWhenCitationsNameNothingThatExistsThenJudgementIsDropped() {
        Done done = (Done) validate(content(List.of(
                new J("explains-single-thread", "PASS", "ok", List.of(element("event-loop"), lines(40, 42))),
                new J("has-client", "PASS", "ok", List.of(element("ghost"), lines(2, 2))),
                new J("server-replies", "MISSING", "none", List.of())), "n"));
        assertThat(done.review().judgements()).hasSize(1);
        Judgement kept = done.review().judgements().getFirst();
        assertThat(kept.criterionId()).isEqualTo("has-client");
        assertThat(kept.citations()).extracting(LlmReview.Citation::startLine).containsExactly(2);
        assertThat(done.review().dropped()).containsExactlyInAnyOrder(
                "no existing citation for explains-single-thread", "no existing citation for server-replies");
    }

    @Test
    void validateWhenSameCriterionTwiceThenFirstKept() {
        Done done = (Done) validate(content(List.of(
                new J("has-client", "PASS", "first", List.of(element("client"))),
                new J("has-client", "MISSING", "second", List.of(element("client")))), "n"));
        assertThat(done.review().judgements()).extracting(Judgement::explanation).containsExactly("first");
    }
}
