package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.feedback.check.DiagramView.Message;
import dev.fivenines.feedback.check.Outcome.Status;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a {@link Spec} over a {@link DiagramView}. Pure: the same view and spec always give
 * the same outcome. Prefers UNCLEAR over MISSING whenever the diagram cannot be read for the
 * question (unnamed shapes, ordering asked of a diagram that has no message order).
 */
final class SpecEvaluator {

    private final DiagramView view;
    private final EdgeEvaluator edges;
    private final ShapeEvaluator structure;

    SpecEvaluator(DiagramView view) {
        this.view = view;
        this.edges = new EdgeEvaluator(view, this);
        this.structure = new ShapeEvaluator(view, this);
    }

    Outcome evaluate(Spec spec) {
        return switch (spec) {
            case Spec.All all -> all(all.specs());
            case Spec.Any any -> any(any.specs());
            case Spec.Not not -> negate(not.spec());
            case Spec.Absent absent -> negate(absent.spec());
            case Spec.RoleExists r -> role(r.role());
            case Spec.Edge e -> edges.edge(e.from(), e.to(), e.label(), "message");
            case Spec.Transition t -> edges.edge(t.from(), t.to(), t.label(), "transition");
            case Spec.Path p -> edges.path(p.from(), p.to());
            case Spec.Reachable r -> edges.path(r.from(), r.to());
            case Spec.Order o -> edges.order(o.steps());
            case Spec.Decision d -> structure.decision(d);
            case Spec.Entity en -> structure.entity(en);
            case Spec.Contains c -> structure.contains(c);
        };
    }

    /** The role's players, or MISSING (UNCLEAR when unnamed shapes might be playing it). */
    Outcome role(String role) {
        List<Shape> players = view.players(role);
        if (!players.isEmpty()) {
            return Outcome.holds(players.stream().map(Element::of).toList());
        }
        String what = Describe.role(role);
        if (view.hasAnonymousShapes()) {
            return Outcome.unclear(List.of(), "I could not tell which shape is " + what
                    + ": some shapes have names too short to read.", "Give each participant a descriptive name or label.");
        }
        return Outcome.missing(List.of(), "Nothing in the diagram plays " + what + ".",
                "Add " + what + " as its own participant, named so that its job is clear.");
    }

    private Outcome all(List<Spec> specs) {
        List<Element> seen = new ArrayList<>();
        Outcome worst = null;
        for (Spec s : specs) {
            Outcome o = evaluate(s);
            seen.addAll(o.evidence());
            if (!o.holds() && (worst == null || rank(o.status()) < rank(worst.status()))) {
                worst = o;
            }
        }
        return worst == null ? Outcome.holds(seen) : worst.withMoreEvidence(seen);
    }

    private Outcome any(List<Spec> specs) {
        Outcome best = null;
        for (Spec s : specs) {
            Outcome o = evaluate(s);
            if (o.holds()) {
                return o;
            }
            if (best == null || anyRank(o.status()) < anyRank(best.status())) {
                best = o;
            }
        }
        return best;
    }

    private Outcome negate(Spec inner) {
        Outcome o = evaluate(inner);
        return switch (o.status()) {
            case HOLDS -> Outcome.broken(o.evidence(), "The diagram shows " + Describe.spec(inner)
                    + ", which does not happen in this mechanism.", "Remove or correct " + Describe.spec(inner) + ".");
            case MISSING, BROKEN -> Outcome.holds(List.of());
            case UNCLEAR -> o;
        };
    }

    /** For {@code all}: report a definite BROKEN first, then MISSING, then UNCLEAR. */
    private static int rank(Status s) {
        return switch (s) {
            case BROKEN -> 0;
            case MISSING -> 1;
            case UNCLEAR -> 2;
            case HOLDS -> 3;
        };
    }

    /** For {@code any}: nothing held, so prefer the least definite claim. */
    private static int anyRank(Status s) {
        return switch (s) {
            case UNCLEAR -> 0;
            case BROKEN -> 1;
            case MISSING -> 2;
            case HOLDS -> 3;
        };
    }

    static List<Element> messageEvidence(List<Message> messages) {
        return messages.stream().map(m -> Element.of(m.connection())).distinct().toList();
    }
}
