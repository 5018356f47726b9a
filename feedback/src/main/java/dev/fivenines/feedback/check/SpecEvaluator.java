package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.feedback.check.DiagramView.Message;
import dev.fivenines.feedback.check.Outcome.Status;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a {@link Spec} over a {@link DiagramView}. Pure for one review: the same view and
 * criteria, in rubric order, always give the same outcomes. Prefers UNCLEAR over MISSING whenever
 * the diagram cannot be read for the question (unnamed shapes, ordering asked of a diagram that
 * has no message order).
 *
 * <p>No cascades: a role that no element plays is reported once, by the first criterion (in
 * rubric order) that needs it; every later criterion that depends on it says UNCLEAR and points
 * there, instead of a chain of MISSING for one unreadable name.
 */
final class SpecEvaluator {

    private final DiagramView view;
    private final Describe describe;
    private final EdgeEvaluator edges;
    private final ShapeEvaluator structure;
    /** Roles found unplayed, with the title of the criterion that reported them. */
    private final Map<String, String> reportedRoles = new HashMap<>();
    /** Roles the criterion being evaluated found unplayed (kept only if it does not hold). */
    private final Map<String, String> pendingRoles = new HashMap<>();
    private String criterionTitle = "";

    SpecEvaluator(DiagramView view) {
        this.view = view;
        this.describe = view.describe();
        this.edges = new EdgeEvaluator(view, this);
        this.structure = new ShapeEvaluator(view, this);
    }

    /** Evaluates one criterion's spec; call in rubric order. */
    Outcome evaluateCriterion(String title, Spec spec) {
        criterionTitle = title;
        pendingRoles.clear();
        Outcome o = evaluate(spec);
        if (!o.holds()) {
            pendingRoles.forEach(reportedRoles::putIfAbsent);
        }
        return o;
    }

    Outcome evaluate(Spec spec) {
        return switch (spec) {
            case Spec.All all -> all(all.specs());
            case Spec.Any any -> any(any.specs());
            case Spec.Not not -> negate(not.spec());
            case Spec.Absent absent -> negate(absent.spec());
            case Spec.RoleExists r -> role(r.role());
            case Spec.Edge e -> edges.edge(e.from(), e.to(), e.label(), e.contradicts(), describe.noun().equals("participant") ? "message" : "connection");
            case Spec.Transition t -> edges.edge(t.from(), t.to(), t.label(), t.contradicts(), "transition");
            case Spec.Path p when p.fromEvery() -> edges.pathFromEvery(p.from(), p.to(), p.without());
            case Spec.Path p -> p.avoids().isEmpty() ? edges.path(p.from(), p.to(), p.via(), p.without())
                    : edges.pathAvoiding(p.from(), p.to(), p.avoids(), p.without());
            case Spec.Reachable r -> r.avoids().isEmpty() ? edges.path(r.from(), r.to(), r.via()) : edges.pathAvoiding(r.from(), r.to(), r.avoids());
            case Spec.Order o -> edges.order(o.steps());
            case Spec.Decision d -> structure.decision(d);
            case Spec.Entity en -> structure.entity(en);
            case Spec.Contains c -> structure.contains(c);
            case Spec.Branch b -> structure.branch(b);
        };
    }

    /**
     * The role's players; or, the first time a criterion needs a role nothing plays, MISSING (a
     * question, UNCLEAR, when some element is left unexplained and might be it); later criteria
     * that need it say UNCLEAR and point at that first finding.
     */
    Outcome role(String role) {
        List<Shape> players = view.players(role);
        if (!players.isEmpty()) {
            return Outcome.holds(players.stream().map(Element::of).toList());
        }
        List<DiagramView.Message> carriers = view.carriers(role);
        if (!carriers.isEmpty()) {
            return Outcome.holds(messageEvidence(carriers));
        }
        String what = describe.role(role);
        String settle = "Name it so its job is clear, or give it `class: " + role + "`.";
        String reportedBy = reportedRoles.get(role);
        if (reportedBy != null && !reportedBy.equals(criterionTitle)) {
            return Outcome.unclear(List.of(), "This depends on " + what + ", which I could not find (see \u201c"
                    + reportedBy + "\u201d).", "Which " + describe.noun() + " is " + what + "? " + settle);
        }
        pendingRoles.putIfAbsent(role, criterionTitle);
        if (view.hasCandidates(role)) {
            return Outcome.unclear(List.of(), "I could not tell which " + describe.noun() + " is " + what + ".",
                    "Which " + describe.noun() + " is " + what + "? " + settle);
        }
        return Outcome.missing(List.of(), "Nothing in the diagram plays " + what + ".",
                "Add " + what + " as its own " + describe.noun() + ", named so that its job is clear.");
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
        if (inner instanceof Spec.Path p && !p.avoids().isEmpty()) {
            return someWaySkips(p.from(), p.to(), p.avoids());
        }
        if (inner instanceof Spec.Reachable r && !r.avoids().isEmpty()) {
            return someWaySkips(r.from(), r.to(), r.avoids());
        }
        Set<String> pendingBefore = Set.copyOf(pendingRoles.keySet());
        Outcome o = evaluate(inner);
        return switch (o.status()) {
            case HOLDS -> Outcome.broken(o.evidence(), "The diagram shows " + describe.spec(inner)
                    + ", which does not happen in this mechanism.", "Remove or correct " + describe.spec(inner) + ".");
            case MISSING, BROKEN -> {
                // what must not be drawn is not: a role it names that nothing plays is no finding of
                // this criterion, so a later criterion that needs the role still reports it missing
                pendingRoles.keySet().retainAll(pendingBefore);
                yield Outcome.holds(List.of());
            }
            case UNCLEAR -> o;
        };
    }

    /** {@code not: {path: {avoids}}}: holds when some way from A to B skips C, from any start. */
    private Outcome someWaySkips(String from, String to, String avoids) {
        if (view.players(avoids).isEmpty()) {
            // nothing plays C, so every way skips it: the question is only whether a way exists
            // (a diagram with no client still shows the lookup leading to the deletion)
            return edges.path(from, to, List.of());
        }
        Outcome o = edges.pathAvoiding(from, to, avoids, false);
        return switch (o.status()) {
            case HOLDS -> everyWayPasses(o, from, to, avoids);
            case MISSING, BROKEN -> Outcome.holds(List.of());
            case UNCLEAR -> o;
        };
    }

    /**
     * {@code not: {path: {avoids}}} asks for some way from A to B that skips C; when every way
     * passes C the finding must say so, not that a way avoiding C was drawn.
     */
    private Outcome everyWayPasses(Outcome inner, String from, String to, String avoids) {
        return Outcome.broken(inner.evidence(), "Every way from " + describe.role(from) + " to " + describe.role(to)
                + " goes through " + describe.role(avoids) + ", which is not how this mechanism works.",
                "Draw a way from " + describe.role(from) + " to " + describe.role(to) + " that does not pass "
                        + describe.role(avoids) + ".");
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
