package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Spec;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/** The role names a spec refers to, for the "role is declared" rule. */
final class SpecRoles {

    private SpecRoles() {
    }

    static Set<String> of(Spec spec) {
        Set<String> out = new LinkedHashSet<>();
        collect(spec, out);
        out.remove(""); // an omitted endpoint means "any element", not a role
        return out;
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
            case Spec.Path p -> Stream.of(p.from(), p.to()).forEach(out::add);
            case Spec.Order o -> o.steps().forEach(s -> collect(s, out));
            case Spec.Transition t -> Stream.of(t.from(), t.to()).forEach(out::add);
            case Spec.Reachable r -> Stream.of(r.from(), r.to()).forEach(out::add);
            case Spec.Decision d -> out.add(d.role());
            case Spec.Entity e -> out.add(e.role());
            case Spec.Contains c -> Stream.of(c.parent(), c.child()).forEach(out::add);
        }
    }
}
