package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Metamorphic checks on the blind corpus: a diagram, correct or flawed, redrawn in a way that
 * changes nothing about the mechanism keeps every verdict (a flaw stays caught, a correct part
 * stays read). Each variant is one thing a learner does freely: turn
 * the layout, add a legend sentence, write arrows backwards ({@code b <- a}), or put the whole
 * flow in one frame ("Redis server"). A reader
 * that depends on such choices misreads learners the corpus authors did not happen to imitate.
 */
class CorpusVariantsTest {

    private static final YamlTutorialCatalog CATALOG = YamlTutorialCatalog.bundled();
    private static final DiagramReviewService REVIEW = new DiagramReviewService();

    private static final Pattern SEQUENCE = Pattern.compile("(?m)^\\s*shape:\\s*sequence_diagram");
    private static final Pattern DIRECTION = Pattern.compile("(?m)^direction:.*$");
    /** Root-only D2 keywords: a frame around them would not compile, so that variant is not drawn. */
    private static final Pattern ROOT_ONLY = Pattern.compile("(?m)^\\s*(vars|classes)\\s*:|near:\\s*(top|bottom|center)");

    /** A line with one plain forward arrow between unquoted ids: {@code a -> b: label} (redrawn {@code b <- a: label}). */
    private static final Pattern FORWARD = Pattern.compile("(?m)^(\\s*)([\\w.\\- ]*\\w)\\s*->\\s*(\\w[\\w.\\- ]*?)(\\s*(?::.*|\\{.*)?)$");

    private static final Map<String, UnaryOperator<String>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("turned", d2 -> DIRECTION.matcher(d2).find()
                ? DIRECTION.matcher(d2).replaceFirst("direction: left") : "direction: right\n" + d2);
        VARIANTS.put("legend", d2 -> d2 + "\nlegend: \"Legend: boxes are steps, diamonds are decisions, arrows show the order\""
                + " {shape: text}\n");
        VARIANTS.put("back-arrows", d2 -> FORWARD.matcher(d2).replaceAll("$1$3 <- $2$4"));
        VARIANTS.put("framed", d2 -> SEQUENCE.matcher(d2).find() || ROOT_ONLY.matcher(d2).find() ? null : framed(d2));
    }

    private static String framed(String d2) {
        String direction = DIRECTION.matcher(d2).find() ? DIRECTION.matcher(d2).results().findFirst().orElseThrow().group() : "";
        String body = DIRECTION.matcher(d2).replaceAll("").lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
        return direction + "\nredis: \"Redis server\" {\n" + body + "\n}\n";
    }

    @TestFactory
    Stream<DynamicTest> corpusDiagramWhenRedrawnWithoutChangingTheMechanismThenEveryVerdictStays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CorpusTest.CORPUS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".d2")).sorted().toList()) {
                String slug = file.getParent().getParent().getParent().getFileName().toString();
                Tutorial t = CATALOG.find(slug).orElseThrow();
                String source = Files.readString(file);
                Map<String, Verdict> original = verdicts(REVIEW.analyze(t, source));
                for (var variant : VARIANTS.entrySet()) {
                    String redrawn = variant.getValue().apply(source);
                    if (redrawn == null) {
                        continue;
                    }
                    String name = CorpusTest.CORPUS.relativize(file) + " " + variant.getKey();
                    tests.add(dynamicTest(name, () -> {
                        FeedbackReport r = REVIEW.analyze(t, redrawn);
                        assertThat(r.status()).as("the redrawn diagram compiles: %s", r.diagnostics()).isEqualTo(FeedbackStatus.COMPLETE);
                        assertThat(verdicts(r)).as("verdicts of %s", name).isEqualTo(original);
                    }));
                }
            }
        }
        return tests.stream();
    }

    private static Map<String, Verdict> verdicts(FeedbackReport r) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            out.put(f.criterionId(), f.verdict());
        }
        return out;
    }
}
