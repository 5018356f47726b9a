package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.Spec;
import java.util.List;
import java.util.stream.Collectors;

/** Learner-facing phrases for roles and specs ("a message from the executor to the keyspace"). */
final class Describe {

    private Describe() {
    }

    /** {@code query_buffer} → {@code the query buffer}; an empty role is "any participant". */
    static String role(String role) {
        return role == null || role.isEmpty() ? "any participant" : "the " + role.replace('_', ' ').replace('-', ' ');
    }

    /** The first label word only: a nudge, not the answer. */
    static String about(List<String> label) {
        if (label.isEmpty()) {
            return "";
        }
        String first = label.getFirst();
        return first.startsWith("/") ? "" : " about \u201c" + first + "\u201d";
    }

    static String edge(Spec.Edge e) {
        if (e.from().isEmpty()) {
            return "a message to " + role(e.to()) + about(e.label());
        }
        if (e.to().isEmpty()) {
            return "a message from " + role(e.from()) + about(e.label());
        }
        return "a message from " + role(e.from()) + " to " + role(e.to()) + about(e.label());
    }

    static String spec(Spec spec) {
        return switch (spec) {
            case Spec.All all -> all.specs().stream().map(Describe::spec).collect(Collectors.joining(" and "));
            case Spec.Any any -> any.specs().stream().map(Describe::spec).collect(Collectors.joining(" or "));
            case Spec.Not not -> "no " + spec(not.spec());
            case Spec.Absent absent -> "no " + spec(absent.spec());
            case Spec.RoleExists r -> role(r.role());
            case Spec.Edge e -> edge(e);
            case Spec.Path p -> "a path from " + role(p.from()) + " to " + role(p.to());
            case Spec.Order o -> o.steps().stream().map(Describe::edge).collect(Collectors.joining(", then "));
            case Spec.Transition t -> "a transition from " + role(t.from()) + " to " + role(t.to()) + about(t.label());
            case Spec.Reachable r -> "a way from " + role(r.from()) + " to " + role(r.to());
            case Spec.Decision d -> "a decision at " + role(d.role()) + " with " + d.branches().size() + " labelled branches";
            case Spec.Entity en -> role(en.role()) + " with its fields";
            case Spec.Contains c -> role(c.child()) + " inside " + role(c.parent());
        };
    }
}
