package dev.fivenines.content;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.CheckedBy;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The figures of one corpus half ({@code corpus/<slug>/<half>/labels.yaml} and its files) under
 * the deterministic review.
 *
 * @param verdicts     structural verdicts given on correct diagrams (built-in artifact type included)
 * @param falseAlarms  "file: criterion VERDICT" for each MISSING/BROKEN on a correct diagram
 * @param failingCorrect correct files an ESSENTIAL criterion does not pass (the CLI would exit 1)
 * @param caught       flawed files whose labelled criterion is MISSING/BROKEN
 * @param llmOnly      flawed files labelled with a criterion only the LLM judges: the deterministic
 *                     review gives it no verdict, so they are reported but not in the caught rate
 * @param missed       "file: criterion got VERDICT" for the others
 * @param praised      flawed files whose labelled criterion is listed under "holds up"
 * @param details      per file, every non-passing finding, for the report
 */
record CorpusFigures(String slug, String half, int correctFiles, int flawedFiles, int verdicts, List<String> falseAlarms,
                     List<String> failingCorrect, int caught, int llmOnly, List<String> missed, List<String> praised,
                     List<String> details) {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static CorpusFigures measure(Tutorial tutorial, Path half, DiagramReviewService review) throws IOException {
        JsonNode labels = YAML.readTree(half.resolve("labels.yaml").toFile());
        int correct = 0;
        int flawed = 0;
        int verdicts = 0;
        int caught = 0;
        int llmOnly = 0;
        List<String> falseAlarms = new ArrayList<>();
        List<String> failingCorrect = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> praised = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (JsonNode label : labels) {
            String file = label.get("file").asString();
            FeedbackReport r = review.analyze(tutorial, Files.readString(half.resolve(file)));
            details.add(detail(file, label, r));
            if ("correct".equals(label.get("kind").asString())) {
                correct++;
                if (r.status() != FeedbackStatus.COMPLETE) {
                    failingCorrect.add(file + " (invalid D2)");
                    continue;
                }
                for (Finding f : r.findings()) {
                    if (f.origin() != dev.fivenines.domain.feedback.Origin.STRUCTURAL) {
                        continue;
                    }
                    verdicts++;
                    if (f.verdict() == Verdict.MISSING || f.verdict() == Verdict.BROKEN) {
                        falseAlarms.add(file + ": " + f.criterionId() + " " + f.verdict());
                    }
                }
                if (r.findings().stream().anyMatch(f -> f.severity() == Severity.ESSENTIAL && f.verdict() != Verdict.PASS
                        && f.origin() == dev.fivenines.domain.feedback.Origin.STRUCTURAL)) {
                    failingCorrect.add(file);
                }
            } else {
                flawed++;
                String criterion = label.get("criterion").asString();
                if (tutorial.rubric().criterion(criterion).map(c -> c.checkedBy() == CheckedBy.LLM).orElse(false)) {
                    llmOnly++;
                    continue;
                }
                Verdict got = r.findings().stream().filter(f -> f.criterionId().equals(criterion)).map(Finding::verdict)
                        .findFirst().orElse(null);
                if (got == Verdict.MISSING || got == Verdict.BROKEN) {
                    caught++;
                } else {
                    missed.add(file + ": " + criterion + " got " + got);
                }
                String title = tutorial.rubric().criterion(criterion).map(c -> c.title()).orElse("?");
                if (r.summary().holdsUp().contains(title)) {
                    praised.add(file + ": " + criterion);
                }
            }
        }
        return new CorpusFigures(tutorial.slug(), half.getFileName().toString(), correct, flawed, verdicts, falseAlarms,
                failingCorrect, caught, llmOnly, missed, praised, details);
    }

    double falseAlarmRate() {
        return verdicts == 0 ? 0 : (double) falseAlarms.size() / verdicts;
    }

    double caughtRate() {
        int judged = flawedFiles - llmOnly;
        return judged == 0 ? 1 : (double) caught / judged;
    }

    String line() {
        return String.format(Locale.ROOT,
                "corpus %s/%s: correct %d, false MISSING/BROKEN %d of %d verdicts (%.1f%%), clean exit %d/%d; "
                        + "flawed %d, caught by own criterion %d of %d judged by checks (%.0f%%; %d for the LLM alone), under holds up %d",
                slug, half, correctFiles, falseAlarms.size(), verdicts, 100 * falseAlarmRate(),
                correctFiles - failingCorrect.size(), correctFiles, flawedFiles, caught, flawedFiles - llmOnly, 100 * caughtRate(),
                llmOnly, praised.size());
    }

    static String report(List<CorpusFigures> all) {
        StringBuilder out = new StringBuilder("# Corpus report\n\n");
        all.forEach(f -> out.append("- ").append(f.line()).append('\n'));
        for (CorpusFigures f : all) {
            out.append("\n## ").append(f.slug).append('/').append(f.half).append("\n\n");
            f.details.forEach(d -> out.append(d).append('\n'));
        }
        return out.toString();
    }

    private static String detail(String file, JsonNode label, FeedbackReport r) {
        StringBuilder out = new StringBuilder("### ").append(file).append(" (").append(label.get("kind").asString());
        if (label.has("criterion")) {
            out.append(", expects ").append(label.get("criterion").asString()).append(' ').append(label.path("expected").asString());
        }
        out.append(")\n");
        if (r.status() != FeedbackStatus.COMPLETE) {
            out.append("  INVALID: ").append(r.diagnostics()).append('\n');
            return out.toString();
        }
        r.findings().stream().filter(f -> f.verdict() != Verdict.PASS)
                .forEach(f -> out.append("  - ").append(f.criterionId()).append(' ').append(f.verdict()).append(": ")
                        .append(f.message()).append('\n'));
        r.reading().roles().forEach(role -> out.append("  * ").append(role.role()).append(" <- ")
                .append(role.elements().stream().map(e -> e.id()).toList()).append(' ').append(role.why()).append('\n'));
        out.append("  next: ").append(r.summary().nextRevision()).append('\n');
        return out.toString();
    }
}
