package dev.fivenines.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Verdict;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input never throws out of the review: random D2-ish text always gives a report. */
class DiagramReviewServiceRobustnessTest {

    private static final String[] PIECES = {"client", "keyspace", " -> ", " <- ", " -- ", ": ", "{", "}", "\n", "\"", "'",
        "shape: sequence_diagram", "set k", "x.y", "(a -> b)[0]", "...@f", "${v}", "vars: {v: 1}", "|md # x|", "null", "*",
        "#", "\\", ";", "[", "]", "\t", "é", "\uD83D\uDE00", "label: ", "sql_table"};

    @Test
    void analyzeWhenRandomInputThenNeverThrowsAndInvalidMeansNoPass() {
        DiagramReviewService service = new DiagramReviewService();
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            StringBuilder source = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                source.append(PIECES[random.nextInt(PIECES.length)]);
            }
            FeedbackReport r = service.analyze(ReviewFixtures.tutorial(), source.toString());
            assertThat(r).as(source.toString()).isNotNull();
            if (r.status() == FeedbackStatus.INVALID) {
                assertThat(r.findings()).noneMatch(f -> f.verdict() == Verdict.PASS);
                assertThat(r.diagnostics()).isNotEmpty();
            }
            assertThat(FeedbackJson.write(r)).isNotBlank();
        }
    }
}
