package dev.fivenines.feedback.review;

import dev.fivenines.domain.feedback.DiagramAnalyzer;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.feedback.llm.InjectionDetector;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.FeedbackSummary;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Score;
import dev.fivenines.domain.feedback.SourceDiagnostic;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.check.CriterionResult;
import dev.fivenines.feedback.check.RubricChecker;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.Position;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The deterministic review: compile the learner's D2, run the rubric's structural checks, and
 * assemble the pinned feedback result. Pure and thread-safe: it holds only the compiler, which is
 * stateless.
 */
public final class DiagramReviewService implements DiagramAnalyzer {

    /** The file name diagnostics are reported against. */
    public static final String SUBMISSION_NAME = "submission.d2";

    private final DiagramCompiler compiler;
    private final ReferenceModels models;

    /** With the D2 compiler; submissions cannot import files (the resolver is empty). */
    public DiagramReviewService() {
        this(DiagramCompiler.withoutImports());
    }

    public DiagramReviewService(DiagramCompiler compiler) {
        this.compiler = compiler;
        this.models = new ReferenceModels(compiler);
    }

    @Override
    public FeedbackReport analyze(Tutorial tutorial, String source) {
        String text = source == null ? "" : source;
        DiagramGraph graph = compiler.compile(new SourceText(SUBMISSION_NAME, text));
        List<SourceDiagnostic> diagnostics = diagnostics(graph.diagnostics());
        int version = tutorial.rubric().version();
        List<String> unjudged = tutorial.rubric().criteria().stream()
                .filter(c -> !c.checkedBy().structural()).map(Criterion::id).toList();
        int total = (int) tutorial.rubric().criteria().stream().filter(c -> c.checkedBy().structural()).count();
        if (!graph.valid()) {
            return new FeedbackReport(FeedbackStatus.INVALID, version, new Score(0, total), List.of(), diagnostics,
                    Summaries.invalid(diagnostics), ReviewState.DISABLED, unjudged);
        }
        RubricChecker.Checked checked = RubricChecker.review(tutorial.rubric(), tutorial.artifactType(), graph.root(),
                models.model(tutorial.solution()));
        List<CriterionResult> results = checked.results();
        List<CriterionResult> sorted = results.stream().sorted(Summaries.order(results)).toList();
        int passed = (int) results.stream().filter(r -> !RubricChecker.isBuiltIn(r.finding().criterionId()))
                .filter(r -> r.finding().verdict() == dev.fivenines.domain.feedback.Verdict.PASS).count();
        FeedbackSummary summary = Summaries.of(results, sorted, tutorial.rubric().stretch());
        return new FeedbackReport(FeedbackStatus.COMPLETE, version, new Score(passed, total),
                withReviewerAddressedText(sorted.stream().map(CriterionResult::finding).toList(), text),
                diagnostics, summary, ReviewState.DISABLED, unjudged, checked.reading());
    }

    /**
     * Text in the diagram that addresses a reviewer ("ignore previous instructions") is reported,
     * with or without an LLM, and changes no verdict and no score. A stable sort by severity keeps
     * the order of everything else.
     */
    private static List<Finding> withReviewerAddressedText(List<Finding> findings, String text) {
        List<Finding> injections = InjectionDetector.scan(text);
        if (injections.isEmpty()) {
            return findings;
        }
        return java.util.stream.Stream.concat(findings.stream(), injections.stream())
                .sorted(Comparator.comparing(Finding::severity)).toList();
    }

    private static List<SourceDiagnostic> diagnostics(List<Diagnostic> all) {
        return all.stream().map(d -> {
            Position p = d.start();
            return new SourceDiagnostic(d.severity().name(), d.message(), p.line() + 1, p.column() + 1);
        }).distinct().sorted(Comparator.comparingInt(SourceDiagnostic::line).thenComparingInt(SourceDiagnostic::column)
                .thenComparing(SourceDiagnostic::severity).thenComparing(SourceDiagnostic::message)).toList();
    }
}
