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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code review --tutorial SLUG FILE...}: the deterministic feedback JSON for D2 files. One file
 * gets the feedback document as the API returns it; several get one compact JSON line each, in the
 * order given ({@code {"file":..., <feedback fields>}}, or {@code {"file":..., "error":...}} for a
 * file that cannot be read, which does not stop the others). Per file, exit 0 when every ESSENTIAL
 * criterion passes, 1 when not (or the D2 is invalid), 2 on unusable input (unreadable file); the
 * command exits with the highest. Bad arguments and an unknown or unavailable tutorial exit 2.
 */
public final class ReviewCommand {

    static final String USAGE = "usage: review --tutorial SLUG FILE...";

    private final TutorialCatalog catalog;
    private final DiagramAnalyzer analyzer;

    public ReviewCommand(TutorialCatalog catalog, DiagramAnalyzer analyzer) {
        this.catalog = catalog;
        this.analyzer = analyzer;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 3 || !"--tutorial".equals(args.get(0))) {
            err.println(USAGE);
            return 2;
        }
        Optional<Tutorial> tutorial = catalog.find(args.get(1));
        if (tutorial.isEmpty()) {
            err.println("review: no available tutorial '" + args.get(1) + "'");
            return 2;
        }
        List<String> files = args.subList(2, args.size());
        if (files.size() == 1) {
            return single(tutorial.get(), files.getFirst(), out, err);
        }
        int exit = 0;
        for (String file : files) {
            exit = Math.max(exit, line(tutorial.get(), file, out, err));
        }
        return exit;
    }

    private int single(Tutorial tutorial, String file, PrintStream out, PrintStream err) {
        String source;
        try {
            source = read(file);
        } catch (IOException | RuntimeException e) {
            err.println("review: cannot read " + file + ": " + why(e));
            return 2;
        }
        FeedbackReport report = analyzer.analyze(tutorial, source);
        out.println(FeedbackJson.write(report));
        return essentialsPass(report) ? 0 : 1;
    }

    /** One file of a batch: its line on out; a failure also on err, so that a person sees it. */
    private int line(Tutorial tutorial, String file, PrintStream out, PrintStream err) {
        String source;
        try {
            source = read(file);
        } catch (IOException | RuntimeException e) {
            return failed(file, "cannot read " + file + ": " + why(e), out, err);
        }
        FeedbackReport report;
        try {
            report = analyzer.analyze(tutorial, source);
        } catch (RuntimeException e) { // one file's failure must not cost the others their review
            return failed(file, "cannot review " + file + ": " + e, out, err);
        }
        out.println(FeedbackJson.line(file, report));
        return essentialsPass(report) ? 0 : 1;
    }

    private static int failed(String file, String error, PrintStream out, PrintStream err) {
        out.println(FeedbackJson.errorLine(file, error));
        err.println("review: " + error);
        return 2;
    }

    /** NoSuchFileException's message is the bare path, which reads as no reason at all. */
    private static String why(Exception e) {
        return e instanceof NoSuchFileException ? "no such file" : e.getMessage();
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    static boolean essentialsPass(FeedbackReport report) {
        return report.status() != FeedbackStatus.INVALID && report.findings().stream()
                .filter(f -> f.severity() == Severity.ESSENTIAL).map(Finding::verdict).allMatch(v -> v == Verdict.PASS);
    }
}
