package dev.fivenines.content.variants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.content.YamlTutorialCatalog;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.d2.compile.D2Compiler;
import dev.fivenines.feedback.d2.compile.FileResolver;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each bundled tutorial's reference files and quality variants through the real D2 compiler
 * and rubric engine: the solution and every correct variant pass every structural criterion, the
 * starter fails most of them, and a defect {@code <criterion>--<name>.d2} is flagged by that
 * criterion and by no other ESSENTIAL one.
 */
class TutorialVariantsTest {

    private static final D2Compiler D2 = new D2Compiler();
    private final DiagramReviewService reviewer = new DiagramReviewService(source -> D2.compile(source, FileResolver.none()));
    private final YamlTutorialCatalog catalog = YamlTutorialCatalog.bundled();

    @TestFactory
    Stream<DynamicNode> reviewWhenReferenceOrVariantThenVerdictsAreTheIntendedOnes() throws IOException, URISyntaxException {
        List<Tutorial> tutorials = catalog.list().stream()
                .flatMap(summary -> catalog.find(summary.slug()).stream()).toList();
        assertThat(tutorials).as("available tutorials").isNotEmpty();
        return tutorials.stream().map(this::testsFor);
    }

    private DynamicContainer testsFor(Tutorial tutorial) {
        Stream<DynamicNode> reference = Stream.of(
                DynamicTest.dynamicTest("solution passes every structural criterion",
                        () -> assertPassesAll(tutorial, "solution.d2", read(tutorial, "solution.d2"))),
                DynamicTest.dynamicTest("starter fails most structural criteria",
                        () -> assertFailsMost(tutorial, read(tutorial, "starter.d2"))),
                DynamicTest.dynamicTest("shipped D2 files draw no diagnostics", () -> {
                    // Learners see these files: a lint warning on them would teach the wrong thing.
                    for (String file : List.of("solution.d2", "starter.d2")) {
                        assertThat(reviewer.analyze(tutorial, read(tutorial, file)).diagnostics()).as(file).isEmpty();
                    }
                }));
        Stream<DynamicNode> correct = variants(tutorial, "correct").stream().map(file -> DynamicTest.dynamicTest(
                "correct/" + file.getFileName(), () -> assertPassesAll(tutorial, file.toString(), Files.readString(file))));
        Stream<DynamicNode> defects = variants(tutorial, "defect").stream().map(file -> DynamicTest.dynamicTest(
                "defect/" + file.getFileName(), () -> assertFlaggedOnlyBy(tutorial, file)));
        return DynamicContainer.dynamicContainer(tutorial.slug(), Stream.of(reference, correct, defects).flatMap(s -> s));
    }

    private void assertPassesAll(Tutorial tutorial, String name, String source) {
        FeedbackReport report = validReport(tutorial, name, source);
        assertThat(report.findings()).as("%s: findings that are not PASS", name)
                .filteredOn(f -> f.verdict() != Verdict.PASS).extracting(TutorialVariantsTest::describe).isEmpty();
    }

    private void assertFailsMost(Tutorial tutorial, String source) {
        FeedbackReport report = validReport(tutorial, "starter.d2", source);
        long structural = tutorial.rubric().criteria().stream().filter(c -> c.checkedBy().structural()).count();
        assertThat(report.score().passed()).as("starter.d2 structural criteria passed").isLessThan((int) (structural + 1) / 2);
    }

    private void assertFlaggedOnlyBy(Tutorial tutorial, Path file) throws IOException {
        String name = file.getFileName().toString();
        String criterion = name.substring(0, name.indexOf("--"));
        FeedbackReport report = validReport(tutorial, name, Files.readString(file));
        assertThat(tutorial.rubric().criteria()).as("%s names a criterion of the rubric", name)
                .anySatisfy(c -> assertThat(c.id()).isEqualTo(criterion));
        assertThat(report.findings()).as("%s: the named criterion flags it", name)
                .filteredOn(f -> f.criterionId().equals(criterion))
                .extracting(Finding::verdict).containsAnyOf(Verdict.MISSING, Verdict.BROKEN);
        assertThat(report.findings()).as("%s: other ESSENTIAL criteria that do not pass", name)
                .filteredOn(f -> !f.criterionId().equals(criterion) && f.severity() == Severity.ESSENTIAL)
                .filteredOn(f -> f.verdict() != Verdict.PASS).extracting(TutorialVariantsTest::describe).isEmpty();
    }

    private FeedbackReport validReport(Tutorial tutorial, String name, String source) {
        FeedbackReport report = reviewer.analyze(tutorial, source);
        assertThat(report.status()).as("%s compiles (diagnostics: %s)", name, report.diagnostics())
                .isNotEqualTo(FeedbackStatus.INVALID);
        return report;
    }

    private static String describe(Finding f) {
        return f.criterionId() + " " + f.verdict() + ": " + f.message();
    }

    private static String read(Tutorial tutorial, String file) throws IOException, URISyntaxException {
        return Files.readString(resource("tutorials/" + tutorial.slug() + "/" + file).orElseThrow(), StandardCharsets.UTF_8);
    }

    private static List<Path> variants(Tutorial tutorial, String kind) {
        return resource("tutorials/" + tutorial.slug() + "/variants/" + kind).map(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".d2")).sorted().toList();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).orElse(List.of());
    }

    private static java.util.Optional<Path> resource(String name) {
        var url = TutorialVariantsTest.class.getClassLoader().getResource(name);
        try {
            return url == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
