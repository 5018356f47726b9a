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
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
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
        DiagramView view = new DiagramView(markdownSteps(drawnBoard(board)), rubric.roles(),
                model == null ? null : markdownSteps(drawnBoard(model)), type);
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

    /**
     * A markdown block joined by arrows to two or more other elements is a step written in markdown
     * ("### Payload" over its notes), not a note: a note comments on one element at most. It is
     * read as a plain shape whose label is its text without the markdown markup.
     */
    static Board markdownSteps(Board board) {
        java.util.Map<String, java.util.Set<String>> joined = new java.util.HashMap<>();
        for (Connection c : board.connections()) {
            if (!c.src().equals(c.dst())) {
                joined.computeIfAbsent(c.src(), k -> new java.util.HashSet<>()).add(c.dst());
                joined.computeIfAbsent(c.dst(), k -> new java.util.HashSet<>()).add(c.src());
            }
        }
        List<Shape> shapes = new ArrayList<>(board.shapes().size());
        boolean changed = false;
        for (Shape s : board.shapes()) {
            if (isMarkdown(s.language()) && joined.getOrDefault(s.id(), java.util.Set.of()).size() >= 2) {
                // D2 draws a markdown block as bare text; read as a step, it is a plain box
                String shape = "text".equals(s.shape()) ? "rectangle" : s.shape();
                shapes.add(new Shape(s.id(), withoutMarkup(s.label()), shape, s.parent(), null, s.near(), s.icon(),
                        s.classes(), s.sequenceDiagram(), s.seqRole(), s.columns(), s.fields(), s.methods(),
                        s.references(), s.textTransform()));
                changed = true;
            } else {
                shapes.add(s);
            }
        }
        return changed ? new Board(board.kind(), board.name(), board.folderOnly(), board.rootShape(), shapes,
                board.connections(), board.boards()) : board;
    }

    private static boolean isMarkdown(String language) {
        return "md".equals(language) || "markdown".equals(language);
    }

    /** Heading marks, bold marks and code ticks dropped, line by line. */
    static String withoutMarkup(String label) {
        if (label == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(label.length());
        for (String line : label.strip().split("\n", -1)) {
            String l = line.strip();
            int i = 0;
            while (i < l.length() && l.charAt(i) == '#') {
                i++;
            }
            if (i > 0 && i < l.length() && l.charAt(i) == ' ') {
                l = l.substring(i + 1);
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            for (int k = 0; k < l.length(); k++) {
                char ch = l.charAt(k);
                if (ch == '*' && k + 1 < l.length() && l.charAt(k + 1) == '*') {
                    k++;
                } else if (ch != '`') {
                    out.append(ch);
                }
            }
        }
        return out.toString();
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
