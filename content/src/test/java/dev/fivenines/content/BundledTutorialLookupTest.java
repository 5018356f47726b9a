package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.TutorialSummary;
import org.junit.jupiter.api.Test;

class BundledTutorialLookupTest {

    private final YamlTutorialCatalog checked = YamlTutorialCatalog.bundled();
    private final BundledTutorialLookup lookup = new BundledTutorialLookup();

    @Test
    void findWhenAvailableThenTheSameTutorialTheCheckedCatalogLoads() {
        var available = checked.list().stream().filter(TutorialSummary::available).toList();
        assertThat(available).isNotEmpty();
        for (TutorialSummary summary : available) {
            assertThat(lookup.find(summary.slug())).as(summary.slug()).isEqualTo(checked.find(summary.slug()));
        }
    }

    @Test
    void findWhenComingSoonOrUnknownThenEmpty() {
        var comingSoon = checked.list().stream().filter(s -> !s.available()).findFirst().orElseThrow();
        assertThat(lookup.find(comingSoon.slug())).isEmpty();
        assertThat(lookup.find("no-such-tutorial")).isEmpty();
        assertThat(lookup.find(null)).isEmpty();
    }

    @Test
    void listWhenBundledThenTheCheckedCatalog() {
        assertThat(lookup.list()).isEqualTo(checked.list());
    }
}
