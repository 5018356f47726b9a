package dev.fivenines.feedback.check;

import dev.fivenines.domain.feedback.Evidence;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.Reading;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The structural checks: every criterion checked STRUCTURAL or BOTH, evaluated over the compiled
 * board, plus the artifact-type check. Pure and stateless: the same rubric and board always give
 * the same results, in rubric order (the report sorts them).
 */
public final class RubricChecker {

    private RubricChecker() {
    }

    /** The results and how the roles were read. */
    public record Checked(List<CriterionResult> results, Reading reading) {
    }

    public static List<CriterionResult> check(Rubric rubric, ArtifactType type, Board board) {
        return review(rubric, type, board, null).results();
    }

    /**
     * @param model the reference solution's compiled board (null when there is none): the reader
     *              uses which roles it connects to place elements no name explains
     */
    public static Checked review(Rubric rubric, ArtifactType type, Board board, Board model) {
        DiagramView view = new DiagramView(drawnBoard(board), rubric.roles(), model == null ? null : drawnBoard(model), type);
        SpecEvaluator evaluator = new SpecEvaluator(view);
        List<CriterionResult> out = new ArrayList<>();
        Outcome artifact = ArtifactTypeCheck.check(type, view);
        out.add(result(ArtifactTypeCheck.ID, ArtifactTypeCheck.TITLE, ArtifactTypeCheck.WHY, Severity.ESSENTIAL, artifact));
        for (Criterion c : rubric.criteria()) {
            if (c.checkedBy().structural() && c.check() != null) {
                out.add(result(c.id(), c.title(), c.why(), c.severity(), evaluator.evaluateCriterion(c.title(), c.check())));
            }
        }
        return new Checked(out, reading(rubric, view));
    }

    private static Reading reading(Rubric rubric, DiagramView view) {
        List<Reading.RoleReading> roles = new ArrayList<>();
        view.reading().taken().forEach((name, taken) -> {
            Role role = rubric.roles().get(name);
            String title = role == null ? name : role.title();
            if (taken.isEmpty()) {
                roles.add(new Reading.RoleReading(name, title, List.of(), 0.0,
                        "nothing in the diagram was read as " + title + "; give the element that plays it `class: " + name + "`"));
                return;
            }
            List<Reading.ReadElement> elements = taken.stream()
                    .map(t -> new Reading.ReadElement(t.shape().id(), t.shape().label() == null ? "" : t.shape().label()))
                    .distinct().toList();
            RoleReader.Taken surest = taken.stream().max(java.util.Comparator.comparingDouble(t -> t.reason().confidence)).orElseThrow();
            roles.add(new Reading.RoleReading(name, title, elements, surest.reason().confidence,
                    surest.reason().name().toLowerCase(java.util.Locale.ROOT) + ": " + surest.detail()));
        });
        return new Reading(roles);
    }

    /**
     * The board the learner drew on: the root, or when the root is empty (everything put in
     * {@code layers}/{@code scenarios}/{@code steps}) the first board, depth first, that has shapes.
     */
    static Board drawnBoard(Board root) {
        if (!root.shapes().isEmpty()) {
            return root;
        }
        for (Board child : root.boards()) {
            Board found = drawnBoard(child);
            if (!found.shapes().isEmpty()) {
                return found;
            }
        }
        return root;
    }

    /** The id of the built-in artifact-type finding, which is not a rubric criterion. */
    public static boolean isBuiltIn(String criterionId) {
        return ArtifactTypeCheck.ID.equals(criterionId);
    }

    private static CriterionResult result(String id, String title, String why, Severity severity, Outcome o) {
        Verdict verdict = switch (o.status()) {
            case HOLDS -> Verdict.PASS;
            case MISSING -> Verdict.MISSING;
            case BROKEN -> Verdict.BROKEN;
            case UNCLEAR -> Verdict.UNCLEAR;
        };
        String message = switch (o.status()) {
            case HOLDS -> title + ": this holds up.";
            case MISSING -> title + ": not there yet. " + o.problem() + whyPart(why);
            case BROKEN -> title + ": drawn, but something breaks. " + o.problem() + whyPart(why);
            // an UNCLEAR is a question: the message says what would settle it
            case UNCLEAR -> title + ": I could not decide. " + o.problem() + (o.fix().isBlank() ? "" : " " + o.fix());
        };
        Finding finding = new Finding(id, title, verdict, severity, Origin.STRUCTURAL, message, evidence(o.evidence()));
        return new CriterionResult(finding, o.fix());
    }

    private static String whyPart(String why) {
        return why == null || why.isBlank() ? "" : " Why it matters: " + why;
    }

    private static List<Evidence> evidence(List<Element> elements) {
        List<Evidence> out = new ArrayList<>();
        for (Element e : elements) {
            if (e.ref() != null) {
                Position start = e.ref().start();
                Position end = e.ref().end();
                out.add(new Evidence(start.line() + 1, start.column() + 1, end.line() + 1, end.column() + 1, List.of(e.id())));
            }
        }
        return out;
    }
}
