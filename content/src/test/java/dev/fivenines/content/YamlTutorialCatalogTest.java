package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.Level;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTutorialCatalogTest {

    private final YamlTutorialCatalog catalog = YamlTutorialCatalog.bundled();

    @Test
    void loadWhenBundledThenNoProblems() {
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void listWhenBundledThenAll24InPositionOrder() {
        List<TutorialSummary> list = catalog.list();
        assertThat(list).hasSize(24);
        assertThat(list).extracting(TutorialSummary::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
        assertThat(list.getFirst().slug()).isEqualTo("single-node-key-value-core");
        assertThat(list.get(23).artifactType()).isEqualTo(ArtifactType.ARCHITECTURE_DIAGRAM);
        assertThat(list.get(20).level()).isEqualTo(Level.ADVANCED);
    }

    @Test
    void findWhenFirstTutorialThenCompleteAndAvailable() {
        Tutorial t = catalog.find("single-node-key-value-core").orElseThrow();
        assertThat(t.summary().available()).isTrue();
        assertThat(t.requirements()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(t.constraints()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(t.hints()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(t.practiceChecks()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(t.rubric().criteria()).hasSizeBetween(6, 10);
        assertThat(t.starter()).extracting(f -> f.name()).containsExactly("starter.d2");
        assertThat(t.solution()).contains("sequence_diagram");
        assertThat(catalog.list().getFirst().available()).isTrue();
    }

    @Test
    void findWhenComingSoonOrUnknownThenEmpty() {
        assertThat(catalog.find("redis-like-system")).isEmpty();
        assertThat(catalog.list().get(23).available()).isFalse();
        assertThat(catalog.find("no-such-tutorial")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }
}
