package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Spec;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/** The role names and the label words a spec refers to, for the "declared" and "valid pattern" rules. */
final class SpecRoles {

    private SpecRoles() {
    }

    static Set<String> of(Spec spec) {
        Set<String> out = new LinkedHashSet<>();
        collect(spec, out);
        out.remove(""); // an omitted endpoint means "any element", not a role
        return out;
    }

    /** Every label, contradiction, branch and field word of the spec, in order. */
    static java.util.List<String> words(Spec spec) {
        java.util.List<String> out = new java.util.ArrayList<>();
        collectWords(spec, out);
        return out;
    }

    private static void collectWords(Spec spec, java.util.List<String> out) {
        if (spec == null) {
            return;
        }
        switch (spec) {
            case Spec.All all -> all.specs().forEach(s -> collectWords(s, out));
            case Spec.Any any -> any.specs().forEach(s -> collectWords(s, out));
            case Spec.Not not -> collectWords(not.spec(), out);
            case Spec.Absent absent -> collectWords(absent.spec(), out);
            case Spec.Edge e -> {
                out.addAll(e.label());
                out.addAll(e.contradicts());
            }
            case Spec.Transition t -> {
                out.addAll(t.label());
                out.addAll(t.contradicts());
            }
            case Spec.Order o -> o.steps().forEach(s -> collectWords(s, out));
            case Spec.Path p -> out.addAll(p.via());
            case Spec.Reachable r -> out.addAll(r.via());
            case Spec.Decision d -> d.branches().forEach(out::addAll);
            case Spec.Entity e -> e.fields().forEach(out::addAll);
            default -> {
            }
        }
    }

    private static void collect(Spec spec, Set<String> out) {
        if (spec == null) {
            return;
        }
        switch (spec) {
            case Spec.All all -> all.specs().forEach(s -> collect(s, out));
            case Spec.Any any -> any.specs().forEach(s -> collect(s, out));
            case Spec.Not not -> collect(not.spec(), out);
            case Spec.Absent absent -> collect(absent.spec(), out);
            case Spec.RoleExists r -> out.add(r.role());
            case Spec.Edge e -> Stream.of(e.from(), e.to()).forEach(out::add);
            case Spec.Path p -> Stream.of(p.from(), p.to(), p.avoids(), p.without()).forEach(out::add);
            case Spec.Order o -> o.steps().forEach(s -> collect(s, out));
            case Spec.Transition t -> Stream.of(t.from(), t.to()).forEach(out::add);
            case Spec.Reachable r -> Stream.of(r.from(), r.to(), r.avoids()).forEach(out::add);
            case Spec.Decision d -> out.add(d.role());
            case Spec.Entity e -> out.add(e.role());
            case Spec.Contains c -> Stream.of(c.parent(), c.child()).forEach(out::add);
            case Spec.Branch b -> Stream.of(b.decision(), b.to()).forEach(out::add);
        }
    }
}
