package dev.fivenines.feedback.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The other tests rely on the fixture's structural verdicts; pin them here so a change is visible. */
class FixtureSanityTest {

    @Test
    void analyzeWhenFixtureSourceThenClientPassesAndReplyIsMissing() {
        FeedbackReport report = LlmFixtures.structural(LlmFixtures.SOURCE);
        Map<String, Verdict> verdicts = report.findings().stream()
                .collect(Collectors.toMap(Finding::criterionId, Finding::verdict, (a, b) -> a));
        assertThat(report.status()).isEqualTo(FeedbackStatus.COMPLETE);
        assertThat(verdicts).containsEntry("has-client", Verdict.PASS).containsEntry("server-replies", Verdict.MISSING);
        assertThat(report.score().passed()).isEqualTo(1);
        assertThat(report.unjudged()).containsExactly("explains-single-thread");
    }

    @Test
    void groundingWhenFixtureSourceThenShapesConnectionsAndLinesExist() {
        Grounding g = Grounding.of(LlmFixtures.SOURCE);
        assertThat(g.hasElement("client")).isTrue();
        assertThat(g.hasElement("SERVER")).isTrue();
        assertThat(g.hasElement("ghost")).isFalse();
        assertThat(g.elements().keySet()).anyMatch(id -> id.contains("->"));
        assertThat(g.hasLines(1, 4)).isTrue();
        assertThat(g.hasLines(5, 99)).isFalse();
        assertThat(g.elementEvidence("server").startLine()).isEqualTo(3);
    }
}
