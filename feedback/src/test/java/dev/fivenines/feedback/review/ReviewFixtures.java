package dev.fivenines.feedback.review;

import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.CheckedBy;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Level;
import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small sequence-diagram tutorial and an in-memory catalog for review tests. */
final class ReviewFixtures {

    private ReviewFixtures() {
    }

    static Tutorial tutorial() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("client", new Role("client", List.of("client"), List.of()));
        roles.put("keyspace", new Role("keyspace", List.of("keyspace", "dict"), List.of()));
        List<Criterion> criteria = List.of(
                new Criterion("has-client", "There is a client", "d", Severity.ACTIONABLE, CheckedBy.STRUCTURAL,
                        new Spec.RoleExists("client")),
                new Criterion("writes", "The client writes the keyspace", "d", Severity.ESSENTIAL, CheckedBy.STRUCTURAL,
                        new Spec.Edge("client", "keyspace", List.of("set", "write"))),
                new Criterion("explains", "It is explained", "d", Severity.INFORMATIVE, CheckedBy.LLM, null));
        TutorialSummary summary = new TutorialSummary("t", 1, Level.FOUNDATION, 10, "T", "S", List.of(),
                ArtifactType.SEQUENCE_DIAGRAM, true);
        return new Tutorial(summary, "brief", List.of(), List.of(), List.of(), List.of(), new Rubric(3, roles, criteria),
                List.of(), "");
    }

    static TutorialCatalog catalog(Tutorial t) {
        return new TutorialCatalog() {
            @Override
            public List<TutorialSummary> list() {
                return List.of(t.summary());
            }

            @Override
            public Optional<Tutorial> find(String slug) {
                return t.slug().equals(slug) ? Optional.of(t) : Optional.empty();
            }
        };
    }
}
