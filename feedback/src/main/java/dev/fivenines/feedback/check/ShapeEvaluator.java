package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.feedback.check.DiagramView.Message;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Shape predicates: flowchart decisions, data-model entities and containment. */
final class ShapeEvaluator {

    private final DiagramView view;
    private final SpecEvaluator specs;
    private final Describe describe;

    ShapeEvaluator(DiagramView view, SpecEvaluator specs) {
        this.view = view;
        this.specs = specs;
        this.describe = view.describe();
    }

    /** A player of the role with an outgoing message labelled like each branch group. */
    Outcome decision(Spec.Decision d) {
        Outcome role = specs.role(d.role());
        if (!role.holds()) {
            return role;
        }
        return bestCandidate(d.role(), d.branches(), shape -> {
            List<String> labels = new ArrayList<>();
            for (Message m : view.messages()) {
                if (m.from().equals(shape.id()) || (view.within(m.from(), shape.id()) && !m.to().startsWith(shape.id() + "."))) {
                    labels.add(m.label());
                }
            }
            return labels;
        }, "branch", "an outgoing arrow labelled", false);
    }

    /**
     * The {@code side} branch of a decision reaches what {@code to} does (see {@link Spec.Branch}):
     * HOLDS with the decision and the step, MISSING when no such branch leads there.
     */
    Outcome branch(Spec.Branch b) {
        Outcome role = specs.role(b.decision());
        if (!role.holds()) {
            return role;
        }
        Phrases side = Phrases.labels(b.side());
        Phrases other = Phrases.labels(b.other());
        Phrases after = Phrases.labels(b.after());
        Phrases yes = Phrases.labels(List.of("~yes"));
        Phrases no = Phrases.labels(List.of("~no"));
        var toRole = view.roles().get(b.to());
        List<Words> does = toRole == null ? List.of() : toRole.synonyms().stream().map(Words::of).toList();
        for (Shape decision : view.players(b.decision())) {
            String question = text(decision);
            // a question joined to another condition ("Master and last cycle timed out?") gives its
            // no to both: only an arrow labelled with a side word names the side then
            boolean single = !Words.of(question).tokens().contains("and") && question.indexOf('&') < 0;
            boolean asksSide = single && side.matches(question);
            boolean asksOther = single && other.matches(question);
            for (Message m : view.outgoing(decision.id())) {
                boolean sideBranch = m.labelMatches(other) ? false
                        : m.labelMatches(side)
                        || (asksOther && !asksSide && m.labelMatches(no) && !m.labelMatches(yes))
                        || (asksSide && !asksOther && m.labelMatches(yes) && !m.labelMatches(no));
                Shape step = sideBranch ? firstDoing(m, b, after, does) : null;
                if (step != null) {
                    return Outcome.holds(List.of(Element.of(decision), Element.of(step)));
                }
            }
        }
        return Outcome.missing(view.players(b.decision()).stream().map(Element::of).toList(),
                "The diagram does not show " + describe.spec(b) + ".", "Draw " + describe.spec(b) + ".");
    }

    /**
     * The first step on the branch that does what {@code to} does: one that plays {@code to} and
     * negates nothing, or whose own text says the deed ("The replica ... deletes report"). The way
     * on passes only steps that play no role; a step or arrow naming an {@code after} word ends it.
     */
    private Shape firstDoing(Message start, Spec.Branch b, Phrases after, List<Words> does) {
        java.util.ArrayDeque<Message> queue = new java.util.ArrayDeque<>(List.of(start));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            Message m = queue.poll();
            Shape step = view.shape(m.to());
            if (step == null || !seen.add(step.id()) || (!after.isEmpty() && m.labelMatches(after))) {
                continue;
            }
            String text = text(step);
            if (!after.isEmpty() && after.matches(text)) {
                continue;
            }
            Words words = Words.of(text);
            boolean says = does.stream().anyMatch(d -> !d.isEmpty() && words.phraseMatch(d) > 0);
            if (says || (view.plays(step.id(), b.to()) && words.negated().isEmpty())) {
                return step;
            }
            if (view.rolesOf(step.id()).isEmpty()) {
                queue.addAll(view.outgoing(step.id()));
            }
        }
        return null;
    }

    private static String text(Shape shape) {
        return shape.label() == null || shape.label().isBlank() ? DiagramView.lastSegment(shape.id()) : shape.label();
    }

    /** A table, class or container playing the role, with a field, column or child per group. */
    Outcome entity(Spec.Entity e) {
        Outcome role = specs.role(e.role());
        if (!role.holds()) {
            return role;
        }
        return bestCandidate(e.role(), e.fields(), shape -> spelledOut(items(shape), shape, e.fields()), "field",
                "a field or column for", true);
    }

    /**
     * A column or field named by a one-word abbreviation of a wanted field ("enc" for encoding, "ref"
     * for refcount: three or more letters that start a one-word field name of five or more, or all
     * of a four-letter one but its last, "typ" for type) or by the initials of a field of two to
     * four words ("rc" for ref count) also counts as that field, as a role's abbreviation does
     * ({@code RoleReader}).
     */
    private static List<String> spelledOut(List<String> items, Shape shape, List<List<String>> groups) {
        List<String> out = null;
        List<String[]> named = new ArrayList<>();
        shape.columns().forEach(c -> named.add(new String[] {c.name(), c.type()}));
        shape.fields().forEach(f -> named.add(new String[] {f.name(), f.type()}));
        for (String[] field : named) {
            String name = field[0] == null ? "" : field[0].toLowerCase(java.util.Locale.ROOT);
            if (name.length() < 2 || !name.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (List<String> group : groups) {
                for (String word : group) {
                    String w = word.toLowerCase(java.util.Locale.ROOT);
                    if (abbreviates(name, w)) {
                        if (out == null) {
                            out = new ArrayList<>(items);
                        }
                        out.add(w + " " + (field[1] == null ? "" : field[1]));
                    }
                }
            }
        }
        return out == null ? items : out;
    }

    private static boolean abbreviates(String name, String field) {
        if (field.indexOf(' ') > 0) {
            String[] words = field.split(" ");
            if (words.length > 4 || words.length != name.length()) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty() || words[i].charAt(0) != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        boolean clipped = field.length() >= 5 || name.length() == field.length() - 1;
        return name.length() >= 3 && clipped && field.length() > name.length() && field.startsWith(name)
                && field.chars().allMatch(Character::isLetter);
    }

    Outcome contains(Spec.Contains c) {
        Outcome parents = specs.role(c.parent());
        Outcome children = specs.role(c.child());
        if (!parents.holds()) {
            return parents;
        }
        if (!children.holds()) {
            return children;
        }
        for (Shape child : view.players(c.child())) {
            for (Shape parent : view.players(c.parent())) {
                if (!child.id().equals(parent.id()) && view.within(child.id(), parent.id())) {
                    return Outcome.holds(List.of(Element.of(parent), Element.of(child)));
                }
            }
        }
        return Outcome.broken(children.withMoreEvidence(parents.evidence()).evidence(),
                describe.role(c.child()) + " is drawn outside " + describe.role(c.parent()) + ".",
                "Nest " + describe.role(c.child()) + " inside " + describe.role(c.parent()) + " (parent: { child }).");
    }

    /** @param asWritten match field names as written, not by stem ("encoded data" is no encoding field) */
    private Outcome bestCandidate(String role, List<List<String>> groups, java.util.function.Function<Shape, List<String>> texts,
                                  String noun, String wanted, boolean asWritten) {
        Shape best = null;
        List<List<String>> bestMissing = groups;
        for (Shape shape : view.players(role)) {
            List<String> available = texts.apply(shape);
            List<List<String>> missing = groups.stream()
                    .filter(g -> available.stream().noneMatch(matcher(g, asWritten))).toList();
            if (best == null || missing.size() < bestMissing.size()) {
                best = shape;
                bestMissing = missing;
            }
        }
        List<Element> evidence = best == null ? List.of() : List.of(Element.of(best));
        if (bestMissing.isEmpty()) {
            return Outcome.holds(evidence);
        }
        String first = bestMissing.getFirst().isEmpty() ? noun : bestMissing.getFirst().getFirst();
        first = first.startsWith("~") ? first.substring(1) : first;
        return Outcome.missing(evidence, describe.role(role) + " lacks " + wanted + " \u201c" + first + "\u201d"
                + (bestMissing.size() > 1 ? " (and " + (bestMissing.size() - 1) + " more " + (noun.equals("branch") ? "branches" : noun + "s") + ")" : "") + ".",
                "Add " + wanted + " \u201c" + first + "\u201d to " + describe.role(role) + ".");
    }

    private static Predicate<String> matcher(List<String> group, boolean asWritten) {
        Phrases phrases = Phrases.labels(group);
        return asWritten ? text -> phrases.spelledIn(text) : text -> phrases.matches(text);
    }

    private List<String> items(Shape shape) {
        List<String> out = new ArrayList<>();
        shape.columns().forEach(c -> out.add(c.name() + " " + c.type()));
        shape.fields().forEach(f -> out.add(f.name() + " " + f.type()));
        shape.methods().forEach(m -> out.add(m.name()));
        for (Shape s : view.shapes()) {
            if (shape.id().equals(s.parent())) {
                out.add(DiagramView.lastSegment(s.id()) + " " + (s.label() == null ? "" : s.label()));
                // a table or class drawn inside is a struct held inline: its columns are fields here
                s.columns().forEach(c -> out.add(c.name() + " " + c.type()));
                s.fields().forEach(f -> out.add(f.name() + " " + f.type()));
            }
        }
        out.addAll(attachedNoteLines(shape));
        out.addAll(looseNoteSentences(shape));
        return out;
    }

    /**
     * Sentence ends in a note: a period or semicolon before a space ("7.2" stays whole), a blank
     * line or a new list item; a single line break is markdown wrapping one sentence.
     */
    private static final com.google.re2j.Pattern SENTENCE_END = com.google.re2j.Pattern.compile("[.;](\\s|$)|(?:\\r\\n|\\n|\\r)\\s*(?:\\r\\n|\\n|\\r)|(?:\\r\\n|\\n|\\r)\\s*[-*+]\\s");

    /**
     * A note tied to nothing, drawn beside the element (in the same container), describes what
     * its sentences name: "Shared integers have refcount 2147483647" in the string encodings' box
     * is said of the shared integers. Only sentences whose subject reads as one of the element's
     * roles count, so a note about the raw encoding adds nothing to the shared integers.
     */
    private List<String> looseNoteSentences(Shape shape) {
        List<String> out = new ArrayList<>();
        for (Shape note : view.shapes()) {
            if (!isNote(note) || note.label() == null || !java.util.Objects.equals(note.parent(), shape.parent()) || joined(note)) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(note.label())) {
                if (view.reading().labelRoles(sentence).stream().anyMatch(r -> view.plays(shape.id(), r))) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private boolean joined(Shape note) {
        return view.board().connections().stream().anyMatch(c -> c.src().equals(note.id()) || c.dst().equals(note.id()));
    }

    /**
     * A note joined to the element by a line describes it, one field a line: a markdown block
     * "- refcount: INT_MAX = shared" tied to the header with {@code --} lists the header's fields
     * as a table would. A note never plays a role, so this is its only way to count.
     */
    private List<String> attachedNoteLines(Shape shape) {
        List<String> out = new ArrayList<>();
        for (var c : view.board().connections()) {
            String other = c.src().equals(shape.id()) ? c.dst() : c.dst().equals(shape.id()) ? c.src() : null;
            Shape note = other == null ? null : view.shape(other);
            if (note != null && isNote(note) && note.label() != null) {
                note.label().lines().forEach(out::add);
            }
        }
        return out;
    }

    /** A sequence-diagram note, a markdown or code block, or a page (D2's document shape). */
    private static boolean isNote(Shape shape) {
        return shape.seqRole() == Shape.SeqRole.NOTE || shape.language() != null || "page".equals(shape.shape());
    }
}
