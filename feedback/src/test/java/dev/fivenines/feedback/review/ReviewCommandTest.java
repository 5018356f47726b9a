package dev.fivenines.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.FeedbackSummary;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Score;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static FeedbackReport report(Verdict essential) {
        Finding f = new Finding("x", "X", essential, Severity.ESSENTIAL, Origin.STRUCTURAL, "m", List.of());
        return new FeedbackReport(FeedbackStatus.COMPLETE, 1, new Score(essential == Verdict.PASS ? 1 : 0, 1), List.of(f),
                List.of(), new FeedbackSummary(List.of(), List.of(), List.of(), ""), ReviewState.DISABLED, List.of());
    }

    private int run(Verdict essential, String... args) {
        ReviewCommand command = new ReviewCommand(ReviewFixtures.catalog(ReviewFixtures.tutorial()), (t, s) -> report(essential));
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void runWhenEssentialsPassThenExit0AndPrintsJson() throws Exception {
        Path file = Files.writeString(dir.resolve("a.d2"), "x");
        assertThat(run(Verdict.PASS, "--tutorial", "t", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"COMPLETE\"");
    }

    @Test
    void runWhenAnEssentialFailsThenExit1() throws Exception {
        Path file = Files.writeString(dir.resolve("a.d2"), "x");
        assertThat(run(Verdict.MISSING, "--tutorial", "t", file.toString())).isEqualTo(1);
    }

    @Test
    void runWhenUnknownTutorialThenExit2WithMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("a.d2"), "x");
        assertThat(run(Verdict.PASS, "--tutorial", "nope", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope");
    }

    @Test
    void runWhenFileUnreadableThenExit2() {
        assertThat(run(Verdict.PASS, "--tutorial", "t", dir.resolve("missing.d2").toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void runWhenArgumentsWrongThenExit2WithUsage() {
        assertThat(run(Verdict.PASS, "t")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    @Nested
    class Batch {

        @Test
        void runWhenSeveralFilesThenOneCompactJsonLinePerFileInOrder() throws Exception {
            Path a = Files.writeString(dir.resolve("a.d2"), "x");
            Path b = Files.writeString(dir.resolve("b.d2"), "y");
            assertThat(run(Verdict.PASS, "--tutorial", "t", a.toString(), b.toString())).isZero();
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("{\"file\":\"" + a + "\",\"status\":\"COMPLETE\"");
            assertThat(lines.get(1)).startsWith("{\"file\":\"" + b + "\",\"status\":\"COMPLETE\"");
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        }

        @Test
        void runWhenOneFileUnreadableThenItsOwnErrorLineExit2AndTheOthersReviewed() throws Exception {
            Path a = Files.writeString(dir.resolve("a.d2"), "x");
            Path missing = dir.resolve("missing.d2");
            Path c = Files.writeString(dir.resolve("c.d2"), "z");
            assertThat(run(Verdict.PASS, "--tutorial", "t", a.toString(), missing.toString(), c.toString())).isEqualTo(2);
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).contains("\"file\":\"" + a + "\"", "\"status\":\"COMPLETE\"");
            assertThat(lines.get(1)).isEqualTo("{\"file\":\"" + missing + "\",\"error\":\"cannot read " + missing
                    + ": no such file\"}");
            assertThat(lines.get(2)).contains("\"file\":\"" + c + "\"", "\"status\":\"COMPLETE\"");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("review: cannot read " + missing);
        }

        @Test
        void runWhenAnyFileFailsAnEssentialThenExit1() throws Exception {
            Path a = Files.writeString(dir.resolve("a.d2"), "x");
            Path b = Files.writeString(dir.resolve("b.d2"), "y");
            ReviewCommand command = new ReviewCommand(ReviewFixtures.catalog(ReviewFixtures.tutorial()),
                    (t, s) -> report(s.equals("x") ? Verdict.PASS : Verdict.BROKEN));
            int code = command.run(List.of("--tutorial", "t", a.toString(), b.toString()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                    .extracting(l -> l.contains("\"verdict\":\"BROKEN\"")).containsExactly(false, true);
        }

        @Test
        void runWhenTheReviewOfOneFileThrowsThenItsErrorLineAndTheOthersStillReviewed() throws Exception {
            Path a = Files.writeString(dir.resolve("a.d2"), "boom");
            Path b = Files.writeString(dir.resolve("b.d2"), "y");
            ReviewCommand command = new ReviewCommand(ReviewFixtures.catalog(ReviewFixtures.tutorial()), (t, s) -> {
                if (s.equals("boom")) {
                    throw new IllegalStateException("engine failure");
                }
                return report(Verdict.PASS);
            });
            int code = command.run(List.of("--tutorial", "t", a.toString(), b.toString()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(2);
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).contains("\"error\":\"cannot review " + a, "engine failure");
            assertThat(lines.get(1)).contains("\"file\":\"" + b + "\"", "\"status\":\"COMPLETE\"");
        }
    }

    @Test
    void runWhenOneFileThenThePrettyDocumentWithoutAFileField() throws Exception {
        Path file = Files.writeString(dir.resolve("a.d2"), "x");
        run(Verdict.PASS, "--tutorial", "t", file.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"status\" : \"COMPLETE\"").doesNotContain("\"file\"");
    }
}
