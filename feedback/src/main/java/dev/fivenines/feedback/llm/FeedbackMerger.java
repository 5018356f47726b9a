package dev.fivenines.feedback.llm;

import dev.fivenines.domain.feedback.Evidence;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.FeedbackSummary;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Score;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.CheckedBy;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.llm.LlmReview.Citation;
import dev.fivenines.feedback.llm.LlmReview.Judgement;
import dev.fivenines.feedback.llm.LlmReview.LlmVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges a grounded LLM review into the structural feedback. Structural verdicts are authoritative:
 * the model can only explain them (origin BOTH when it agrees) or be shown disagreeing; it decides
 * only the criteria checked by the LLM alone. So no structural finding changes verdict and the
 * structural part of the score never moves.
 */
public final class FeedbackMerger {

    /**
     * The structural report's order (severity, then verdict, then rubric order): a stable sort by
     * severity and verdict keeps the structural findings as they were and puts each LLM finding
     * after the structural ones of its severity and verdict.
     */
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(f -> f.verdict().reportOrder());

    private FeedbackMerger() {
    }

    /** The merged report: status COMPLETE, {@code llm: done}. An INVALID report is returned as is. */
    public static FeedbackReport merge(FeedbackReport structural, LlmReview review, Tutorial tutorial, String source) {
        return merge(structural, review, tutorial, source, Grounding.of(source));
    }

    /** As above, reusing a grounding already computed for the same source. */
    public static FeedbackReport merge(FeedbackReport structural, LlmReview review, Tutorial tutorial, String source,
                                       Grounding grounding) {
        if (structural.status() == FeedbackStatus.INVALID) {
            return structural;
        }
        Map<String, Judgement> byId = review.judgements().stream()
                .collect(Collectors.toMap(Judgement::criterionId, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        for (Finding f : structural.findings()) {
            Optional<Criterion> c = tutorial.rubric().criterion(f.criterionId());
            Judgement j = byId.get(f.criterionId());
            boolean both = c.isPresent() && c.get().checkedBy() == CheckedBy.BOTH;
            findings.add(both && j != null ? explain(f, j) : f);
        }
        List<String> unjudged = new ArrayList<>();
        int llmPassed = 0;
        int llmJudged = 0;
        for (Criterion c : tutorial.rubric().criteria()) {
            if (c.checkedBy() != CheckedBy.LLM) {
                continue;
            }
            Judgement j = byId.get(c.id());
            if (j == null) {
                unjudged.add(c.id());
                continue;
            }
            Finding f = llmFinding(c, j, grounding);
            findings.add(f);
            llmJudged++;
            llmPassed += f.verdict() == Verdict.PASS ? 1 : 0;
        }
        List<Finding> all = withIntegrity(findings, source);
        Score score = new Score(structural.score().passed() + llmPassed, structural.score().total() + llmJudged);
        return new FeedbackReport(FeedbackStatus.COMPLETE, structural.rubricVersion(), score, all,
                structural.diagnostics(), summary(all, structural, review), ReviewState.DONE, unjudged, structural.reading());
    }

    /**
     * The structural report when the LLM review failed or was skipped: nothing judged changes,
     * status PARTIAL (COMPLETE reports become PARTIAL; INVALID stays), {@code llm: failed}.
     */
    public static FeedbackReport failed(FeedbackReport structural, String source) {
        if (structural.status() == FeedbackStatus.INVALID) {
            return structural;
        }
        List<Finding> all = withIntegrity(structural.findings(), source);
        FeedbackSummary s = structural.summary();
        return new FeedbackReport(FeedbackStatus.PARTIAL, structural.rubricVersion(), structural.score(), all,
                structural.diagnostics(), new FeedbackSummary(s.holdsUp(), s.missing(), s.breaks(), s.nextRevision()),
                ReviewState.FAILED, structural.unjudged(), structural.reading());
    }

    private static Finding explain(Finding f, Judgement j) {
        Verdict llm = toVerdict(j.verdict());
        if (j.verdict() == LlmVerdict.INSUFFICIENT_EVIDENCE || j.explanation().isBlank()) {
            return f;
        }
        if (llm == f.verdict()) {
            return new Finding(f.criterionId(), f.title(), f.verdict(), f.severity(), Origin.BOTH,
                    f.message() + " " + j.explanation(), f.evidence());
        }
        String note = " The AI reviewer read this differently (" + llm.name() + "): " + j.explanation()
                + " The structural check decides this criterion.";
        return new Finding(f.criterionId(), f.title(), f.verdict(), f.severity(), Origin.STRUCTURAL,
                f.message() + note, f.evidence());
    }

    private static Finding llmFinding(Criterion c, Judgement j, Grounding grounding) {
        List<Evidence> evidence = j.citations().stream().map(x -> evidence(x, grounding)).distinct().toList();
        String message = j.verdict() == LlmVerdict.INSUFFICIENT_EVIDENCE && j.explanation().isBlank()
                ? "The diagram does not show enough to judge this yet." : j.explanation();
        return new Finding(c.id(), c.title(), toVerdict(j.verdict()), c.severity(), Origin.LLM, message, evidence);
    }

    private static Evidence evidence(Citation c, Grounding grounding) {
        return c.isElement() ? grounding.elementEvidence(c.elementId())
                : new Evidence(c.startLine(), 1, c.endLine(), 1, List.of());
    }

    private static Verdict toVerdict(LlmVerdict v) {
        return v == LlmVerdict.INSUFFICIENT_EVIDENCE ? Verdict.UNCLEAR : Verdict.valueOf(v.name());
    }

    /** Adds the reviewer-instruction findings unless the structural report already has them. */
    private static List<Finding> withIntegrity(List<Finding> findings, String source) {
        LinkedHashSet<Finding> all = new LinkedHashSet<>(findings);
        all.addAll(InjectionDetector.scan(source));
        return all.stream().sorted(ORDER).toList();
    }

    private static FeedbackSummary summary(List<Finding> all, FeedbackReport structural, LlmReview review) {
        // when every structural criterion passes, the LLM's concrete next step beats the stretch goal
        boolean structuralAllPass = structural.findings().stream().allMatch(f -> f.verdict() == Verdict.PASS);
        String next = (structural.summary().nextRevision().isBlank() || structuralAllPass) && !review.nextRevision().isBlank()
                ? review.nextRevision() : structural.summary().nextRevision();
        return new FeedbackSummary(titles(all, Verdict.PASS), titles(all, Verdict.MISSING), titles(all, Verdict.BROKEN),
                next);
    }

    private static List<String> titles(List<Finding> all, Verdict v) {
        return all.stream().filter(f -> f.verdict() == v).map(Finding::title).toList();
    }

}
