package dev.fivenines.feedback.check;

import static dev.fivenines.feedback.check.SpecEvaluator.messageEvidence;

import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.feedback.check.DiagramView.Message;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Connection predicates: edge/transition, path/reachable and message order. */
final class EdgeEvaluator {

    private final DiagramView view;
    private final SpecEvaluator specs;

    EdgeEvaluator(DiagramView view, SpecEvaluator specs) {
        this.view = view;
        this.specs = specs;
    }

    /** Messages from a {@code from} player to a {@code to} player with a matching label, in order. */
    List<Message> matching(String from, String to, List<String> label) {
        Phrases words = view.labels(label);
        List<Message> out = new ArrayList<>();
        for (Message m : view.messages()) {
            if (view.acts(m.from(), from) && view.acts(m.to(), to) && m.labelMatches(words)) {
                out.add(m);
            }
        }
        return out;
    }

    Outcome edge(String from, String to, List<String> label, String noun) {
        return edge(from, to, label, noun, -1);
    }

    /**
     * @param after only messages after this connection index count as evidence of a misdrawn
     *              message (inside an {@code order}, the ones before the previous step belong to
     *              another part of the exchange)
     */
    private Outcome edge(String from, String to, List<String> label, String noun, int after) {
        List<Message> found = matching(from, to, label);
        String what = Describe.edge(new Spec.Edge(from, to, label)).replace("a message", "a " + noun);
        if (!found.isEmpty()) {
            return Outcome.holds(messageEvidence(found));
        }
        Outcome roles = endpointsPresent(from, to);
        if (!roles.holds()) {
            return roles;
        }
        if (!label.isEmpty()) {
            List<Message> reversed = matching(to, from, label).stream()
                    .filter(m -> !from.isEmpty() && !to.isEmpty() && m.index() > after).toList();
            if (!reversed.isEmpty()) {
                return Outcome.broken(messageEvidence(reversed), "The " + noun + reversedPart(label) + " goes the other way: it should run from "
                        + Describe.role(from) + " to " + Describe.role(to) + ".", "Reverse the arrow so it points at " + Describe.role(to) + ".");
            }
            List<Message> misplaced = misplaced(from, to, label).stream().filter(m -> m.index() > after).toList();
            List<Message> relayed = misplaced.stream().filter(m -> relays(m, from, to)).toList();
            if (!relayed.isEmpty()) {
                return Outcome.unclear(messageEvidence(relayed), "There is a " + noun + reversedPart(label) + " that reaches "
                        + Describe.role(to) + " only through another participant, so I could not tell whether it is " + what + ".",
                        "If that participant is part of " + Describe.role(to) + ", draw the " + noun + " straight to it.");
            }
            if (!misplaced.isEmpty()) {
                return Outcome.broken(messageEvidence(misplaced), "There is a " + noun + reversedPart(label)
                        + ", but it does not connect " + Describe.role(from) + " and " + Describe.role(to) + ".",
                        "Point that " + noun + " from " + Describe.role(from) + " to " + Describe.role(to) + ".");
            }
        }
        return Outcome.missing(roles.evidence(), "I could not find " + what + ".", "Add " + what + ".");
    }

    /** Reachability along directed messages (in any order) from any {@code from} element to any {@code to} one. */
    Outcome path(String from, String to) {
        Outcome roles = endpointsPresent(from, to);
        if (!roles.holds()) {
            return roles;
        }
        Set<String> starts = new HashSet<>();
        for (Shape s : view.shapes()) {
            if (view.acts(s.id(), from)) {
                starts.add(s.id());
            }
        }
        boolean reached = view.reachable(starts).stream().anyMatch(id -> view.acts(id, to) && !view.acts(id, from));
        if (reached) {
            return Outcome.holds(roles.evidence());
        }
        return Outcome.missing(roles.evidence(), "I could not follow the arrows from " + Describe.role(from) + " to "
                + Describe.role(to) + ".", "Connect " + Describe.role(from) + " to " + Describe.role(to) + " through the steps between them.");
    }

    /** The steps as a subsequence of the messages in source order. */
    Outcome order(List<Spec.Edge> steps) {
        List<List<Message>> candidates = new ArrayList<>();
        int reached = -1;
        for (int k = 0; k < steps.size(); k++) {
            Spec.Edge step = steps.get(k);
            List<Message> found = matching(step.from(), step.to(), step.label());
            if (found.isEmpty()) {
                return missingStep(steps, k, reached);
            }
            candidates.add(found);
            int before = reached;
            reached = found.stream().mapToInt(Message::index).filter(i -> i > before).min().orElse(reached);
        }
        List<Message> chosen = new ArrayList<>();
        int position = -1;
        for (int k = 0; k < steps.size(); k++) {
            int after = position;
            Message next = candidates.get(k).stream().filter(m -> m.index() > after).findFirst().orElse(null);
            if (next == null) {
                return outOfOrder(steps, candidates, k);
            }
            chosen.add(next);
            position = next.index();
        }
        return Outcome.holds(messageEvidence(chosen));
    }

    /**
     * No message matches step {@code k}. When, at that point of the exchange (after the previous
     * step, before the next one), the two participants of the step do exchange a message whose
     * label says nothing readable (empty, or only one- or two-letter words such as {@code k = v}),
     * the step may well be there: UNCLEAR, not MISSING.
     */
    private Outcome missingStep(List<Spec.Edge> steps, int k, int after) {
        Spec.Edge step = steps.get(k);
        int bound = Integer.MAX_VALUE;
        if (k + 1 < steps.size()) {
            Spec.Edge next = steps.get(k + 1);
            bound = matching(next.from(), next.to(), next.label()).stream().mapToInt(Message::index)
                    .filter(i -> i > after).min().orElse(Integer.MAX_VALUE);
        }
        int limit = bound;
        boolean specific = !step.label().isEmpty() && !step.from().isEmpty() && !step.to().isEmpty();
        List<Message> unlabelled = !specific ? List.of() : matching(step.from(), step.to(), List.of()).stream()
                .filter(m -> m.index() > after && m.index() < limit)
                .filter(m -> m.words().tokens().stream().allMatch(t -> t.length() < 3)).toList();
        if (!unlabelled.isEmpty()) {
            return Outcome.unclear(messageEvidence(unlabelled), "There is a message here from " + Describe.role(step.from())
                    + " to " + Describe.role(step.to()) + ", but its label does not say what it does, so I could not tell whether it is "
                    + Describe.edge(step) + ".", "Label the message from " + Describe.role(step.from()) + " to "
                    + Describe.role(step.to()) + " with what it does.");
        }
        return edge(step.from(), step.to(), step.label(), "message", after);
    }

    private Outcome outOfOrder(List<Spec.Edge> steps, List<List<Message>> candidates, int k) {
        List<Message> involved = new ArrayList<>(candidates.get(k - 1).subList(0, 1));
        involved.add(candidates.get(k).getLast());
        String earlier = Describe.edge(steps.get(k - 1));
        String later = Describe.edge(steps.get(k));
        String problem = "Both are drawn, but " + later + " should come after " + earlier + ".";
        String fix = "Move " + later + " below " + earlier + ".";
        if (!view.isSequenceDiagram()) {
            return Outcome.unclear(messageEvidence(involved), "Your diagram has no message order to read, so I could not check that "
                    + later + " comes after " + earlier + ".", "Draw the exchange as a sequence diagram.");
        }
        return Outcome.broken(messageEvidence(involved), problem, fix);
    }

    private Outcome endpointsPresent(String from, String to) {
        List<Element> evidence = new ArrayList<>();
        for (String role : List.of(from, to)) {
            if (!role.isEmpty()) {
                Outcome o = specs.role(role);
                if (!o.holds()) {
                    return o;
                }
                evidence.addAll(o.evidence());
            }
        }
        return Outcome.holds(evidence);
    }

    /**
     * True when a labelled message that misses one endpoint still links the two roles through
     * other participants ({@code executor -> setKey -> dict}): possibly a correct, more detailed
     * drawing. In a sequence diagram the relay must happen in time order.
     */
    private boolean relays(Message m, String from, String to) {
        if (from.isEmpty() || to.isEmpty()) {
            return false;
        }
        if (view.acts(m.from(), from)) {
            return view.arrivals(Set.of(m.to()), m.index(), Integer.MAX_VALUE).stream().anyMatch(id -> view.acts(id, to));
        }
        Set<String> starts = new HashSet<>();
        view.players(from).forEach(s -> starts.add(s.id()));
        return view.arrivals(starts, -1, m.index()).contains(m.from());
    }

    private List<Message> misplaced(String from, String to, List<String> label) {
        List<Message> out = new ArrayList<>(from.isEmpty() ? List.of() : matching(from, "", label));
        if (!to.isEmpty()) {
            out.addAll(matching("", to, label));
        }
        return out;
    }

    private static String reversedPart(List<String> label) {
        return Describe.about(label);
    }
}
