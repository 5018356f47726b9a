package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Content quality over every available tutorial, so new tutorials are covered as they land:
 * the reference passes every structural criterion, the starter fails most, each
 * {@code variants/correct/*.d2} is credited like the reference, and each
 * {@code variants/defect/<criterion>--*.d2} is flagged by that criterion and by no other
 * ESSENTIAL one.
 */
class TutorialQualityTest {

    static final Path VARIANTS = Path.of("src/test/resources/tutorials");
    static final int MIN_VARIANTS = 3;

    private static final YamlTutorialCatalog CATALOG = YamlTutorialCatalog.bundled();
    private static final DiagramReviewService REVIEW = new DiagramReviewService();

    static List<Tutorial> available() {
        return CATALOG.list().stream().filter(s -> s.available()).map(s -> CATALOG.find(s.slug()).orElseThrow()).toList();
    }

    @Test
    void catalogWhenLoadedThenAtLeastTheFirstTutorialIsAvailable() {
        assertThat(available()).extracting(Tutorial::slug).contains("single-node-key-value-core");
    }

    @TestFactory
    Stream<DynamicTest> referenceWhenReviewedThenPassesEveryStructuralCriterion() {
        return available().stream().map(t -> dynamicTest(t.slug(), () -> {
            FeedbackReport r = REVIEW.analyze(t, t.solution());
            assertThat(r.status()).as(r.diagnostics().toString()).isEqualTo(FeedbackStatus.COMPLETE);
            assertThat(r.findings()).as("solution findings").allSatisfy(f -> assertThat(f.verdict()).as(f.message()).isEqualTo(Verdict.PASS));
            assertThat(r.score().passed()).isEqualTo(r.score().total());
        }));
    }

    @TestFactory
    Stream<DynamicTest> starterWhenReviewedThenValidAndFailsMost() {
        return available().stream().map(t -> dynamicTest(t.slug(), () -> {
            FeedbackReport r = REVIEW.analyze(t, t.starter().getFirst().content());
            assertThat(r.status()).as(r.diagnostics().toString()).isEqualTo(FeedbackStatus.COMPLETE);
            assertThat(r.score().passed() * 2).as("passed %s of %s", r.score().passed(), r.score().total())
                    .isLessThanOrEqualTo(r.score().total());
        }));
    }

    @TestFactory
    Stream<DynamicTest> variantsWhenPresentThenAtLeastThreeOfEachKind() {
        return available().stream().map(t -> dynamicTest(t.slug(), () -> {
            assertThat(files(t, "correct")).as("correct variants").hasSizeGreaterThanOrEqualTo(MIN_VARIANTS);
            assertThat(files(t, "defect")).as("defect variants").hasSizeGreaterThanOrEqualTo(MIN_VARIANTS);
        }));
    }

    @TestFactory
    Stream<DynamicTest> correctVariantWhenReviewedThenNoStructuralMissingOrBroken() {
        return available().stream().flatMap(t -> files(t, "correct").stream().map(file -> dynamicTest(name(t, file), () -> {
            FeedbackReport r = REVIEW.analyze(t, Files.readString(file));
            assertThat(r.status()).as(r.diagnostics().toString()).isEqualTo(FeedbackStatus.COMPLETE);
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.verdict()).as(f.message()).isIn(Verdict.PASS, Verdict.UNCLEAR));
        })));
    }

    @TestFactory
    Stream<DynamicTest> defectVariantWhenReviewedThenFlaggedByItsCriterionOnly() {
        return available().stream().flatMap(t -> files(t, "defect").stream().map(file -> dynamicTest(name(t, file), () -> {
            String name = file.getFileName().toString();
            assertThat(name).as("defect file name <criterion-id>--<name>.d2").contains("--");
            String criterion = name.substring(0, name.indexOf("--"));
            assertThat(t.rubric().criterion(criterion)).as("criterion '%s' in %s's rubric", criterion, t.slug()).isPresent();
            FeedbackReport r = REVIEW.analyze(t, Files.readString(file));
            assertThat(r.status()).as(r.diagnostics().toString()).isEqualTo(FeedbackStatus.COMPLETE);
            Finding own = r.findings().stream().filter(f -> f.criterionId().equals(criterion)).findFirst().orElseThrow();
            assertThat(own.verdict()).as(own.message()).isIn(Verdict.MISSING, Verdict.BROKEN);
            List<Finding> others = r.findings().stream().filter(f -> !f.criterionId().equals(criterion))
                    .filter(f -> f.severity() == Severity.ESSENTIAL).filter(f -> isFailure(f.verdict())).toList();
            assertThat(others).as("other ESSENTIAL criteria flagged").isEmpty();
        })));
    }

    private static boolean isFailure(Verdict v) {
        return v == Verdict.MISSING || v == Verdict.BROKEN;
    }

    private static String name(Tutorial t, Path file) {
        return t.slug() + "/" + file.getParent().getFileName() + "/" + file.getFileName();
    }

    static List<Path> files(Tutorial t, String kind) {
        Path dir = VARIANTS.resolve(t.slug()).resolve("variants").resolve(kind);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".d2")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
