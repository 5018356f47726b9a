package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import dev.fivenines.feedback.review.FeedbackJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review end to end with the real D2 compiler and the bundled tutorial #1. */
class BundledReviewCommandTest {

    static final String SLUG = "single-node-key-value-core";
    private static final Tutorial TUTORIAL = YamlTutorialCatalog.bundled().find(SLUG).orElseThrow();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int review(String source) throws Exception {
        Path file = Files.writeString(dir.resolve("submission.d2"), source);
        return BundledReviewCommand.run(List.of("--tutorial", SLUG, file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void runWhenReferenceSolutionThenExit0() throws Exception {
        assertThat(review(TUTORIAL.solution())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"COMPLETE\"", "\"llm\" : \"disabled\"");
    }

    @Test
    void runWhenStarterThenExit1WithANextRevision() throws Exception {
        assertThat(review(TUTORIAL.starter().getFirst().content())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\"nextRevision\" : \"[A-Z][^\"]+\"");
    }

    @Test
    void runWhenTutorialComingSoonThenExit2() throws Exception {
        Path file = Files.writeString(dir.resolve("a.d2"), "a -> b");
        int code = BundledReviewCommand.run(List.of("--tutorial", "redis-like-system", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
    }

    @Test
    void analyzeWhenSameSourceTwiceThenByteIdenticalJson() {
        String a = FeedbackJson.write(new DiagramReviewService().analyze(TUTORIAL, TUTORIAL.starter().getFirst().content()));
        String b = FeedbackJson.write(new DiagramReviewService().analyze(TUTORIAL, TUTORIAL.starter().getFirst().content()));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void analyzeWhenD2InvalidThenInvalidReportWithLineAndNoPass() throws Exception {
        FeedbackReport r = new DiagramReviewService().analyze(TUTORIAL, "shape: sequence_diagram\nclient -> parser: {\n");
        assertThat(r.status()).isEqualTo(FeedbackStatus.INVALID);
        assertThat(r.findings()).noneMatch(f -> f.verdict() == Verdict.PASS);
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo("ERROR");
            assertThat(d.line()).isPositive();
        });
        assertThat(review("shape: sequence_diagram\nclient -> parser: {\n")).isEqualTo(1);
    }

    @Test
    void analyzeWhenEvidenceGivenThenPointsAtTheLearnersLines() {
        FeedbackReport r = new DiagramReviewService().analyze(TUTORIAL, TUTORIAL.solution());
        String[] lines = TUTORIAL.solution().split("\n", -1);
        r.findings().stream().flatMap(f -> f.evidence().stream()).forEach(e -> {
            assertThat(e.startLine()).isBetween(1, lines.length);
            assertThat(e.elementIds()).isNotEmpty();
            String line = lines[e.startLine() - 1];
            String lastId = e.elementIds().getFirst().replaceAll("^\\(|\\)\\[\\d+\\]$", "").split(" ")[0];
            assertThat(line).as("evidence line %s for %s", e.startLine(), e.elementIds()).contains(lastId.substring(lastId.lastIndexOf('.') + 1));
        });
    }

    @Test
    void runWhenSeveralFilesOneMissingThenALinePerFileExit2AndTheOthersReviewed() throws Exception {
        Path solution = Files.writeString(dir.resolve("solution.d2"), TUTORIAL.solution());
        Path missing = dir.resolve("missing.d2");
        Path starter = Files.writeString(dir.resolve("starter.d2"), TUTORIAL.starter().getFirst().content());
        int code = BundledReviewCommand.run(List.of("--tutorial", SLUG, solution.toString(), missing.toString(),
                starter.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        String alone = FeedbackJson.write(new DiagramReviewService().analyze(TUTORIAL, TUTORIAL.solution()));
        assertThat(lines.get(0)).isEqualTo("{\"file\":\"" + solution + "\"," + compact(alone).substring(1));
        assertThat(lines.get(1)).startsWith("{\"file\":\"" + missing + "\",\"error\":\"cannot read");
        assertThat(lines.get(2)).contains("\"file\":\"" + starter + "\"", "\"status\":\"COMPLETE\"")
                .containsPattern("\"nextRevision\":\"[A-Z][^\"]+\"");
    }

    /** The pretty document as one line, the way a batch prints it. */
    private static String compact(String pretty) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(pretty).toString();
    }
}
