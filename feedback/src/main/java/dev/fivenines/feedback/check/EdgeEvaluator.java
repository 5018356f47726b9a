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
    private final Describe describe;

    EdgeEvaluator(DiagramView view, SpecEvaluator specs) {
        this.view = view;
        this.specs = specs;
        this.describe = view.describe();
    }

    /** Messages from a {@code from} player to a {@code to} player with a matching label, in order. */
    List<Message> matching(String from, String to, List<String> label) {
        return matching(from, to, label, List.of());
    }

    /** As {@link #matching(String, String, List)}, leaving out labels that say a contradicting word. */
    List<Message> matching(String from, String to, List<String> label, List<String> contradicts) {
        Phrases words = view.labels(label);
        Phrases against = contradicts.isEmpty() ? null : view.labels(contradicts);
        List<Message> out = new ArrayList<>();
        for (Message m : view.messages()) {
            if (from.isEmpty() && !to.isEmpty() && view.within(m, to)) {
                continue; // no sender named: an arrow inside the player is none into it
            }
            if (view.departsAs(m, from) && view.arrivesAs(m, to) && m.labelMatches(words)
                    && (against == null || !m.labelMatches(against))) {
                out.add(m);
            }
        }
        return out;
    }

    Outcome edge(String from, String to, List<String> label, List<String> contradicts, String noun) {
        return edge(from, to, label, contradicts, noun, -1, Integer.MAX_VALUE);
    }

    /**
     * @param after only messages after this connection index count as evidence of a misdrawn
     *              message (inside an {@code order}, the ones before the previous step belong to
     *              another part of the exchange)
     */
    private Outcome edge(String from, String to, List<String> label, List<String> contradicts, String noun, int after,
                         int before) {
        List<Message> found = matching(from, to, label, contradicts).stream()
                .filter(m -> m.index() > after && m.index() < before).toList();
        if (!found.isEmpty()) {
            return Outcome.holds(messageEvidence(found));
        }
        String what = LEADING_NOUN.matcher(describe.edge(new Spec.Edge(from, to, label)))
                .replaceFirst(java.util.regex.Matcher.quoteReplacement("a " + noun));
        Outcome roles = endpointsPresent(from, to);
        if (!roles.holds()) {
            return roles;
        }
        if (!contradicts.isEmpty()) {
            Phrases against = view.labels(contradicts);
            List<Message> contradicting = matching(from, to, List.of()).stream()
                    .filter(m -> m.index() > after && m.index() < before && m.labelMatches(against)).toList();
            if (!contradicting.isEmpty()) {
                Message first = contradicting.getFirst();
                return Outcome.broken(messageEvidence(contradicting), "The " + noun + " \u201c" + first.label()
                        + "\u201d is where " + what + " belongs, but it says something else.",
                        "Change \u201c" + first.label() + "\u201d so it says what really happens: " + what + ".");
            }
        }
        if (!label.isEmpty()) {
            List<Message> reversed = matching(to, from, label).stream()
                    .filter(m -> !from.isEmpty() && !to.isEmpty() && m.index() > after && m.index() < before).toList();
            if (!reversed.isEmpty()) {
                return Outcome.broken(messageEvidence(reversed), "The " + noun + reversedPart(label) + " goes the other way: it should run from "
                        + describe.role(from) + " to " + describe.role(to) + ".", "Reverse the arrow so it points at " + describe.role(to) + ".");
            }
            List<Message> misplaced = misplaced(from, to, label).stream().filter(m -> m.index() > after && m.index() < before).toList();
            List<Message> relayed = misplaced.stream().filter(m -> relays(m, from, to)).toList();
            if (!relayed.isEmpty()) {
                return Outcome.unclear(messageEvidence(relayed), "There is a " + noun + reversedPart(label) + " that reaches "
                        + describe.role(to) + " only through another " + describe.noun() + ", so I could not tell whether it is " + what + ".",
                        "If that " + describe.noun() + " is part of " + describe.role(to) + ", draw the " + noun + " straight to it, or give it `class: " + to + "`.");
            }
            if (!misplaced.isEmpty()) {
                return Outcome.broken(messageEvidence(misplaced), "There is a " + noun + reversedPart(label)
                        + ", but it does not connect " + describe.role(from) + " and " + describe.role(to) + ".",
                        "Point that " + noun + " from " + describe.role(from) + " to " + describe.role(to) + ".");
            }
        }
        return Outcome.missing(roles.evidence(), "I could not find " + what + ".", "Add " + what + ".");
    }

    /** How {@link Describe#edge} starts, replaced by the noun the spec asks for ("a transition"). */
    private static final java.util.regex.Pattern LEADING_NOUN = java.util.regex.Pattern.compile("^a (message|connection)");

    Outcome path(String from, String to) {
        return path(from, to, List.of());
    }

    /**
     * Reachability along directed messages (in any order) from any {@code from} element to any
     * {@code to} one; with {@code via}, along a way on which some arrow or element (the ends
     * included) says one of those words.
     */
    Outcome path(String from, String to, List<String> via) {
        return path(from, to, via, "");
    }

    /**
     * As {@link #path(String, String, List)}, along ways that never enter an element playing
     * {@code without} (when given): "a way from the payload to the error that says the bulk limit
     * without going back through a length header" is a limit checked after the payload.
     */
    Outcome path(String from, String to, List<String> via, String without) {
        Outcome roles = endpointsPresent(from, to);
        if (!roles.holds()) {
            return roles;
        }
        Set<String> starts = new HashSet<>(view.actors(from));
        Phrases says = via.isEmpty() ? null : view.labels(via);
        for (Message m : view.carriers(from)) {
            starts.add(m.to()); // the arrow that names the role leads into its processing
        }
        if (!without.isEmpty()) {
            // an arrow that names the start ("took len bytes") may lead into an excluded element
            starts.removeIf(s -> view.acts(s, without) && !view.acts(s, from));
        }
        for (String s : starts) {
            // one element playing both roles itself (a merged box) is a path of its own; a container
            // merely holding both is not
            if (view.plays(s, from) && view.plays(s, to) && (says == null || says(says, s))) {
                return Outcome.holds(roles.evidence());
            }
        }
        for (Shape part : view.players(to)) {
            if (partOfPlayerSaying(part.id(), from, to, says)) {
                return Outcome.holds(roles.evidence());
            }
        }
        Set<Message> arriving = new HashSet<>(view.carriers(to));
        // breadth first over (element, already said?): the word may come anywhere on the way
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String s : starts) {
            String state = (says == null || says(says, s) ? "1" : "0") + s;
            if (seen.add(state)) {
                queue.add(state);
            }
        }
        boolean reachedWithoutWord = false;
        while (!queue.isEmpty()) {
            String state = queue.poll();
            boolean said = state.charAt(0) == '1';
            String at = state.substring(1);
            for (Message m : view.outgoing(at)) {
                if (!without.isEmpty() && view.acts(m.to(), without) && (!view.acts(m.to(), to) || view.arrivesAs(m, without))) {
                    // a box that is the excluded role and the end as well is entered as both ("-ERR,
                    // close after reply"), unless the arrow into a store names the end only
                    continue;
                }
                if (starts.contains(at) && view.acts(at, from) && !view.columnAdmitsDeparture(m, from)) {
                    continue; // another row of the starting table sets out
                }
                boolean nowSaid = said || says == null || m.labelMatches(says) || says(says, m.to());
                boolean arrives = (view.acts(m.to(), to) && view.columnAdmits(m, to)) || view.insidePlayer(m.to(), to);
                if ((arrives && !view.acts(m.to(), from)) || arriving.contains(m)) {
                    if (nowSaid) {
                        return Outcome.holds(roles.evidence());
                    }
                    reachedWithoutWord = true;
                }
                String next = (nowSaid ? "1" : "0") + m.to();
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        if (reachedWithoutWord) {
            return Outcome.missing(roles.evidence(), "The arrows lead from " + describe.role(from) + " to " + describe.role(to)
                    + ", but nothing on the way says \u201c" + firstWord(via) + "\u201d.",
                    "Say on the way from " + describe.role(from) + " to " + describe.role(to) + " what it carries (\u201c"
                            + firstWord(via) + "\u201d).");
        }
        return Outcome.missing(roles.evidence(), "I could not follow the arrows from " + describe.role(from) + " to "
                + describe.role(to) + ".", "Connect " + describe.role(from) + " to " + describe.role(to) + " through the steps between them.");
    }

    /**
     * Every element that plays {@code from} (with its parts, for a container) reaches {@code to}:
     * BROKEN names the first that does not ("the write command never reaches the deadline check").
     * A player reached from a {@code to} player is the checked access going on and needs no check
     * of its own ("the live key is read" after "now past the deadline? no").
     * Ways through an element playing {@code without} (when given and drawn) do not count.
     */
    Outcome pathFromEvery(String from, String to, String without) {
        Outcome roles = endpointsPresent(from, to);
        if (!roles.holds()) {
            return roles;
        }
        // an access drawn after the check ("the live key is read") is the checked access going on
        Set<String> checks = new HashSet<>();
        view.players(to).forEach(s -> checks.add(s.id()));
        Set<String> afterCheck = reachableWithout(checks, without);
        for (Shape player : view.players(from)) {
            if (afterCheck.contains(player.id())) {
                continue;
            }
            Set<String> starts = new HashSet<>();
            for (Shape s : view.shapes()) {
                if (view.within(s.id(), player.id())) {
                    starts.add(s.id());
                }
            }
            boolean reaches = reachableWithout(starts, without).stream()
                    .anyMatch(id -> view.acts(id, to) || view.insidePlayer(id, to));
            if (!reaches) {
                String name = player.label() == null || player.label().isBlank() ? DiagramView.lastSegment(player.id())
                        : player.label().lines().findFirst().orElse("").strip();
                return Outcome.broken(List.of(Element.of(player)), "\u201c" + name + "\u201d is " + describe.role(from)
                        + ", but no way from it reaches " + describe.role(to) + ".",
                        "Lead every " + describe.role(from).replaceFirst("^the ", "") + " through " + describe.role(to) + ".");
            }
        }
        return Outcome.holds(roles.evidence());
    }

    private Set<String> reachableWithout(Set<String> starts, String without) {
        if (without.isEmpty() || view.players(without).isEmpty()) {
            return view.reachable(starts);
        }
        Set<String> seen = new HashSet<>(starts);
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            for (Message m : view.outgoing(queue.poll())) {
                if (!view.acts(m.to(), without) && seen.add(m.to())) {
                    queue.add(m.to());
                }
            }
        }
        return seen;
    }

    /**
     * A part drawn inside a {@code from} player that plays {@code to} is reached by nesting: "int"
     * holding "0..9999 shared objects" draws the shared integers as a case of the int encoding, as
     * an arrow would. With {@code via}, the part or one of its enclosing boxes up to that player says
     * the word.
     */
    private boolean partOfPlayerSaying(String part, String from, String to, Phrases says) {
        if (!view.plays(part, to) || view.plays(part, from)) {
            return false;
        }
        boolean said = says == null || says(says, part);
        for (Shape cur = view.shape(view.shape(part).parent()); cur != null; cur = cur.parent() == null ? null : view.shape(cur.parent())) {
            said = said || says(says, cur.id());
            if (view.plays(cur.id(), from)) {
                return said;
            }
        }
        return false;
    }

    /** Per element, its id and label read once for {@code via} (a path search asks many times). */
    private final java.util.Map<String, Words> elementWords = new java.util.HashMap<>();
    private final java.util.Map<String, String> elementText = new java.util.HashMap<>();

    /**
     * Per phrase set and element, whether the element says it: a path search asks again for every
     * arrow into the element, and every criterion with the same {@code via} asks again.
     */
    private final java.util.Map<Phrases, java.util.Map<String, Boolean>> said = new java.util.IdentityHashMap<>();

    private boolean says(Phrases words, String elementId) {
        java.util.Map<String, Boolean> known = said.computeIfAbsent(words, k -> new java.util.HashMap<>());
        Boolean answer = known.get(elementId);
        if (answer == null) {
            answer = saysOnce(words, elementId);
            known.put(elementId, answer);
        }
        return answer;
    }

    private boolean saysOnce(Phrases words, String elementId) {
        Shape s = view.shape(elementId);
        if (s == null) {
            return false;
        }
        String text = elementText.computeIfAbsent(elementId, id -> (DiagramView.lastSegment(s.id()) + " "
                + (s.label() == null ? "" : s.label()) + framesSay(s)).toLowerCase(java.util.Locale.ROOT));
        return words.matches(elementWords.computeIfAbsent(elementId, id -> Words.of(text)), text);
    }

    /**
     * The labels of the boxes around an element that play no role: a frame such as "Redis 7.2+"
     * says something of everything drawn inside it, as a label on each part would. A box that plays
     * a role is a part of the mechanism, not a frame, so its words stay its own. Each label is read
     * as its own clause (a period between), so no phrase spans two of them.
     */
    private String framesSay(Shape s) {
        StringBuilder out = new StringBuilder();
        for (Shape cur = s.parent() == null ? null : view.shape(s.parent()); cur != null;
             cur = cur.parent() == null ? null : view.shape(cur.parent())) {
            if (view.reading().rolesOf(cur.id()).isEmpty() && cur.label() != null) {
                out.append(" . ").append(cur.label());
            }
        }
        return out.toString();
    }

    private static String firstWord(List<String> words) {
        String w = words.isEmpty() ? "" : words.getFirst();
        return w.startsWith("~") ? w.substring(1) : w;
    }

    /**
     * True when {@code to} can be reached from {@code from} without passing through an element
     * that plays {@code avoids}; the spec holds when it cannot ("every way from the lookup to the
     * reply passes the deadline check"). BROKEN names the bypass. A start that is already behind
     * the gate (reached from it, or drawn inside it) needs no second pass: "slow cycle" after
     * "master?", or the cycle drawn inside the master's box.
     */
    Outcome pathAvoiding(String from, String to, String avoids) {
        return pathAvoiding(from, to, avoids, true, "");
    }

    /**
     * As {@link #pathAvoiding(String, String, String)}, where ways into an element playing
     * {@code without} do not count: a way back through the client is a later command, not this one.
     */
    Outcome pathAvoiding(String from, String to, String avoids, String without) {
        return pathAvoiding(from, to, avoids, true, without);
    }

    /**
     * As {@link #pathAvoiding(String, String, String)}; {@code startsBehindGatePass} false searches
     * from every start. A negated check ("some way from the payload back to the length header skips
     * the array header") asks about the loop itself, and every start of such a loop lies behind the
     * gate, so exempting those starts would make every way seem to pass it.
     */
    Outcome pathAvoiding(String from, String to, String avoids, boolean startsBehindGatePass) {
        return pathAvoiding(from, to, avoids, startsBehindGatePass, "");
    }

    private Outcome pathAvoiding(String from, String to, String avoids, boolean startsBehindGatePass, String without) {
        Outcome roles = endpointsPresent(from, to);
        if (!roles.holds()) {
            return roles;
        }
        Outcome gate = specs.role(avoids);
        if (!gate.holds()) {
            return gate;
        }
        Set<String> gates = new HashSet<>();
        view.players(avoids).forEach(s -> gates.add(s.id()));
        // an element restricted to the gate by a qualifier of its own is a gate too
        // ("activeExpireCycle - master only" is the cycle behind the master check)
        for (Shape s : view.board().shapes()) {
            if (s.label() != null && view.reading().restrictedTo(avoids, s.label())) {
                gates.add(s.id());
            }
        }
        // an arrow that names the gate passes it ("FAST (masters only)" into the cycle)
        List<Message> gateArrows = view.carriers(avoids);
        Set<String> passed = new HashSet<>(gates);
        gateArrows.forEach(m -> passed.add(m.to()));
        Set<String> behindGate = startsBehindGatePass ? view.reachable(passed) : Set.of();
        Set<String> starts = new HashSet<>();
        for (String id : view.actors(from)) {
            if (!behindGate.contains(id) && !(startsBehindGatePass && (insideAny(id, gates) || enteredOnlyFrom(id, behindGate)))) {
                starts.add(id);
            }
        }
        if (startsBehindGatePass) {
            Shape holder = holdingWithoutGate(starts, from, to, gates);
            if (holder != null) {
                return Outcome.broken(List.of(Element.of(holder)), "There is a way from " + describe.role(from) + " to "
                        + describe.role(to) + " that skips " + describe.role(avoids) + ": " + describe.role(to)
                        + " is drawn inside it.", "Route every way from " + describe.role(from) + " to "
                        + describe.role(to) + " through " + describe.role(avoids) + ".");
            }
        }
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(starts);
        Set<String> seen = new HashSet<>(starts);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Message m : view.outgoing(at)) {
                if (view.acts(m.to(), avoids) || gates.contains(m.to()) || gateArrows.contains(m)
                        || (!without.isEmpty() && view.acts(m.to(), without) && !view.acts(m.to(), to)) || !seen.add(m.to())) {
                    continue;
                }
                if (view.acts(m.to(), to) && !view.acts(m.to(), from)) {
                    return Outcome.broken(messageEvidence(List.of(m)), "There is a way from " + describe.role(from) + " to "
                            + describe.role(to) + " that skips " + describe.role(avoids) + ".",
                            "Route every way from " + describe.role(from) + " to " + describe.role(to) + " through "
                                    + describe.role(avoids) + ".");
                }
                queue.add(m.to());
            }
        }
        return Outcome.holds(roles.withMoreEvidence(gate.evidence()).evidence());
    }

    /**
     * True when {@code id} is a container whose parts arrows enter, and every arrow entering it or
     * a part from outside comes from behind the gate: a shared cycle box entered from the slow and
     * the fast path, each after its own master check, is behind the check.
     */
    private boolean enteredOnlyFrom(String id, Set<String> behindGate) {
        boolean entered = false;
        for (Message m : view.messages()) {
            if (view.within(m.to(), id) && !view.within(m.from(), id)) {
                if (!behindGate.contains(m.from())) {
                    return false;
                }
                entered |= !m.to().equals(id);
            }
        }
        return entered;
    }

    /**
     * A start drawn as a container (that plays {@code from} itself) holding a {@code to} player and no gate: the part is reached
     * by being inside, with no arrow, so no arrow search sees it skip the gate (a replica's own
     * cycle box holding its sampling step). Null when there is none.
     */
    private Shape holdingWithoutGate(Set<String> starts, String from, String to, Set<String> gates) {
        for (String start : starts) {
            if (!view.plays(start, from)) {
                // a box that merely holds a start (a replica's box holding its own deadline check)
                // is not a start drawn as a box
                continue;
            }
            boolean holdsTarget = false;
            boolean holdsGate = false;
            for (Shape s : view.shapes()) {
                if (!s.id().equals(start) && view.within(s.id(), start)) {
                    holdsTarget |= view.plays(s.id(), to);
                    holdsGate |= gates.contains(s.id());
                }
            }
            if (holdsTarget && !holdsGate) {
                return view.shape(start);
            }
        }
        return null;
    }

    private boolean insideAny(String id, Set<String> containers) {
        for (String c : containers) {
            if (view.within(id, c)) {
                return true;
            }
        }
        return false;
    }

    /** The steps as a subsequence of the messages in source order. */
    /**
     * The steps in order, each in its window: after the previous step, before the next step's
     * first occurrence after that (the next command bounds what belongs to this one). Each
     * occurrence of the first step is tried as a start; the first that works holds, else the
     * earliest start's failure is reported.
     */
    Outcome order(List<Spec.Edge> steps) {
        Spec.Edge first = steps.getFirst();
        List<Message> starts = matching(first.from(), first.to(), first.label(), first.contradicts());
        if (starts.isEmpty()) {
            return missingStep(steps, 0, -1);
        }
        Outcome earliest = null;
        for (Message start : starts) {
            Outcome o = orderFrom(steps, start);
            if (o.holds()) {
                return o;
            }
            earliest = earliest == null ? o : earliest;
        }
        return earliest;
    }

    private Outcome orderFrom(List<Spec.Edge> steps, Message start) {
        List<Message> chosen = new ArrayList<>(List.of(start));
        int position = start.index();
        for (int k = 1; k < steps.size(); k++) {
            Spec.Edge step = steps.get(k);
            List<Message> found = matching(step.from(), step.to(), step.label(), step.contradicts());
            if (found.isEmpty()) {
                return missingStep(steps, k, position);
            }
            int after = position;
            int bound = windowEnd(steps, k, after);
            Message next = found.stream().filter(m -> m.index() > after && m.index() < bound).findFirst().orElse(null);
            if (next == null) {
                if (!view.isSequenceDiagram()) {
                    return outOfOrder(steps, k, found, after);
                }
                // drawn only before the previous step, or only after the next one: there it belongs to
                // another part of the exchange, and moving it would break that part; ask for it here
                return missingStep(steps, k, after);
            }
            chosen.add(next);
            position = next.index();
        }
        return Outcome.holds(messageEvidence(chosen));
    }

    /**
     * Where step {@code k}'s window ends: at the first message, after {@code after}, that matches
     * the next step (the next command bounds what belongs to this one); open for the last step.
     */
    private int windowEnd(List<Spec.Edge> steps, int k, int after) {
        if (k + 1 >= steps.size() || !view.isSequenceDiagram()) {
            // a plain graph's arrows have no time order, so no command bounds another
            return Integer.MAX_VALUE;
        }
        Spec.Edge next = steps.get(k + 1);
        return matching(next.from(), next.to(), next.label(), next.contradicts()).stream().mapToInt(Message::index)
                .filter(i -> i > after).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * No message matches step {@code k} in its window (after the previous step, before the next
     * one). When the step's two participants do exchange a message there whose label says nothing
     * readable (empty, or only one- or two-letter words such as {@code k = v}), the step may well
     * be there: UNCLEAR, not MISSING.
     */
    private Outcome missingStep(List<Spec.Edge> steps, int k, int after) {
        Spec.Edge step = steps.get(k);
        int limit = windowEnd(steps, k, after);
        boolean specific = !step.label().isEmpty() && !step.from().isEmpty() && !step.to().isEmpty();
        List<Message> unlabelled = !specific ? List.of() : matching(step.from(), step.to(), List.of()).stream()
                .filter(m -> m.index() > after && m.index() < limit)
                .filter(m -> m.words().tokens().stream().allMatch(t -> t.length() < 3)).toList();
        if (!unlabelled.isEmpty()) {
            return Outcome.unclear(messageEvidence(unlabelled), "There is a message here from " + describe.role(step.from())
                    + " to " + describe.role(step.to()) + ", but its label does not say what it does, so I could not tell whether it is "
                    + describe.edge(step) + ".", "Label the message from " + describe.role(step.from()) + " to "
                    + describe.role(step.to()) + " with what it does.");
        }
        Outcome inWindow = edge(step.from(), step.to(), step.label(), step.contradicts(), "message", after, limit);
        if (inWindow.status() == Outcome.Status.MISSING && k > 0) {
            String where = describe.edge(steps.get(k - 1)) + (limit == Integer.MAX_VALUE ? "" : " and before " + describe.edge(steps.get(k + 1)));
            return Outcome.missing(inWindow.evidence(), "I could not find " + describe.edge(step) + " after " + where + ".",
                    "Add " + describe.edge(step) + " after " + where + ".");
        }
        return inWindow;
    }

    /** A plain graph has no message order: step {@code k} cannot be checked against step {@code k - 1}. */
    private Outcome outOfOrder(List<Spec.Edge> steps, int k, List<Message> found, int after) {
        String earlier = describe.edge(steps.get(k - 1));
        String later = describe.edge(steps.get(k));
        return Outcome.unclear(messageEvidence(List.of(found.getFirst())), "Your diagram has no message order to read, so I could not check that "
                + later + " comes after " + earlier + ".", "Draw the exchange as a sequence diagram.");
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
     * drawing. In a sequence diagram the relay must happen in time order and while the sender
     * waits for it: a sender that hands the message on and then talks to someone else (replies to
     * the client) has handed the work off, and whatever the other participant does later is not
     * its doing ({@code executor -> bio: queue k; executor -> client: 1; bio -> dict: remove k}).
     */
    private boolean relays(Message m, String from, String to) {
        if (from.isEmpty() || to.isEmpty()) {
            return false;
        }
        if (!view.isSequenceDiagram()) {
            if (view.acts(m.from(), from)) {
                return view.arrivals(Set.of(m.to()), m.index(), Integer.MAX_VALUE).stream().anyMatch(id -> view.acts(id, to));
            }
            Set<String> starts = new HashSet<>();
            view.players(from).forEach(s -> starts.add(s.id()));
            return view.arrivals(starts, -1, m.index()).contains(m.from());
        }
        if (view.acts(m.from(), from)) {
            int until = nextHandOff(m);
            return view.arrivals(Set.of(m.to()), m.index(), until).stream().anyMatch(id -> view.acts(id, to));
        }
        for (Message handOff : view.messages()) {
            if (handOff.index() >= m.index()) {
                break;
            }
            if (view.acts(handOff.from(), from) && !view.acts(handOff.to(), from) && nextHandOff(handOff) > m.index()
                    && view.arrivals(Set.of(handOff.to()), handOff.index(), m.index() + 1).contains(m.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the first message, after {@code m}, that m's sender sends to someone other
     * than m's receiver: from then on the sender no longer waits for what it handed on.
     */
    private int nextHandOff(Message m) {
        for (Message next : view.messages()) {
            if (next.index() > m.index() && next.from().equals(m.from()) && !next.to().equals(m.to())) {
                return next.index();
            }
        }
        return Integer.MAX_VALUE;
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
