package dev.fivenines.feedback.review;

import dev.fivenines.domain.feedback.DiagramAnalyzer;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code review --tutorial SLUG FILE}: prints the deterministic feedback JSON for a D2 file. Exit
 * 0 when every ESSENTIAL criterion passes, 1 when not (or the D2 is invalid), 2 on unusable input
 * (bad arguments, unknown or unavailable tutorial, unreadable file).
 */
public final class ReviewCommand {

    static final String USAGE = "usage: review --tutorial SLUG FILE";

    private final TutorialCatalog catalog;
    private final DiagramAnalyzer analyzer;

    public ReviewCommand(TutorialCatalog catalog, DiagramAnalyzer analyzer) {
        this.catalog = catalog;
        this.analyzer = analyzer;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !"--tutorial".equals(args.get(0))) {
            err.println(USAGE);
            return 2;
        }
        Optional<Tutorial> tutorial = catalog.find(args.get(1));
        if (tutorial.isEmpty()) {
            err.println("review: no available tutorial '" + args.get(1) + "'");
            return 2;
        }
        String source;
        try {
            source = Files.readString(Path.of(args.get(2)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("review: cannot read " + args.get(2) + ": " + e.getMessage());
            return 2;
        }
        FeedbackReport report = analyzer.analyze(tutorial.get(), source);
        out.println(FeedbackJson.write(report));
        return essentialsPass(report) ? 0 : 1;
    }

    static boolean essentialsPass(FeedbackReport report) {
        return report.status() != FeedbackStatus.INVALID && report.findings().stream()
                .filter(f -> f.severity() == Severity.ESSENTIAL).map(Finding::verdict).allMatch(v -> v == Verdict.PASS);
    }
}
