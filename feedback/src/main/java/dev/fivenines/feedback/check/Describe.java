package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.domain.tutorial.Spec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Learner-facing phrases for roles and specs ("a message from the command executor to the
 * keyspace dict"), in the artifact type's words: a sequence diagram has participants, a state
 * machine states, a flowchart steps, a data model entities, an architecture diagram components.
 */
final class Describe {

    private final Map<String, Role> roles;
    private final String noun;

    Describe(Map<String, Role> roles, ArtifactType type) {
        this.roles = roles;
        this.noun = noun(type);
    }

    static String noun(ArtifactType type) {
        if (type == null) {
            return "element";
        }
        return switch (type) {
            case SEQUENCE_DIAGRAM -> "participant";
            case STATE_MACHINE -> "state";
            case FLOWCHART -> "step";
            case DATA_MODEL -> "entity";
            case ARCHITECTURE_DIAGRAM -> "component";
        };
    }

    /** What the diagram's elements are called: participant, state, step, entity, component. */
    String noun() {
        return noun;
    }

    /** The role's title ("the command executor"); an empty role is "any element". */
    String role(String role) {
        if (role == null || role.isEmpty()) {
            return "any " + noun;
        }
        Role r = roles.get(role);
        String title = r == null ? role : r.title();
        title = title.replace('_', ' ').replace('-', ' ');
        return title.startsWith("the ") || title.startsWith("a ") || title.startsWith("an ") ? title : "the " + title;
    }

    /** The first label word only: a nudge, not the answer; a concept is named by its word. */
    static String about(List<String> label) {
        if (label.isEmpty()) {
            return "";
        }
        String first = label.getFirst();
        if (first.startsWith("~")) {
            first = first.substring(1);
        }
        return first.startsWith("/") ? "" : " about \u201c" + first + "\u201d";
    }

    String edge(Spec.Edge e) {
        String message = "a " + (java.util.Set.of("state", "step", "entity", "component").contains(noun) ? "connection" : "message");
        if (e.from().isEmpty()) {
            return message + " to " + role(e.to()) + about(e.label());
        }
        if (e.to().isEmpty()) {
            return message + " from " + role(e.from()) + about(e.label());
        }
        return message + " from " + role(e.from()) + " to " + role(e.to()) + about(e.label());
    }

    /**
     * The parts of an {@code all}, leaving out the exceptions (an {@code absent} or {@code not}
     * part) when something positive is left: "a path from the embstr encoding to itself that says
     * 64, unless it says so of its allocation" is shown as that path.
     */
    private String all(Spec.All all) {
        List<Spec> positive = all.specs().stream().filter(s -> !(s instanceof Spec.Absent) && !(s instanceof Spec.Not)).toList();
        return (positive.isEmpty() ? all.specs() : positive).stream().map(this::spec).collect(Collectors.joining(" and "));
    }

    String spec(Spec spec) {
        return switch (spec) {
            case Spec.All all -> all(all);
            case Spec.Any any -> any.specs().stream().map(this::spec).collect(Collectors.joining(" or "));
            case Spec.Not not -> "no " + spec(not.spec());
            case Spec.Absent absent -> "no " + spec(absent.spec());
            case Spec.RoleExists r -> role(r.role());
            case Spec.Edge e -> edge(e);
            case Spec.Path p -> "a path from " + role(p.from()) + " to " + role(p.to()) + about(p.via())
                    + (p.avoids().isEmpty() ? "" : " that avoids " + role(p.avoids()));
            case Spec.Order o -> o.steps().stream().map(this::edge).collect(Collectors.joining(", then "));
            case Spec.Transition t -> "a transition from " + role(t.from()) + " to " + role(t.to()) + about(t.label());
            case Spec.Reachable r -> "a way from " + role(r.from()) + " to " + role(r.to())
                    + (r.avoids().isEmpty() ? "" : " that avoids " + role(r.avoids()));
            case Spec.Decision d -> "a decision at " + role(d.role()) + " with " + d.branches().size() + " labelled branches";
            case Spec.Entity en -> role(en.role()) + " with its fields";
            case Spec.Contains c -> role(c.child()) + " inside " + role(c.parent());
            case Spec.Branch b -> "the \u201c" + b.side().getFirst() + "\u201d branch of " + role(b.decision()) + " leading to " + role(b.to());
        };
    }
}
