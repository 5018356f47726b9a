package dev.fivenines.domain.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TutorialModelTest {

    @Test
    void fromIdWhenContentSpellingThenEnumAndBack() {
        assertThat(ArtifactType.fromId("sequence-diagram")).contains(ArtifactType.SEQUENCE_DIAGRAM);
        assertThat(ArtifactType.ARCHITECTURE_DIAGRAM.id()).isEqualTo("architecture-diagram");
        assertThat(ArtifactType.DATA_MODEL.displayName()).isEqualTo("data model");
        assertThat(Level.fromId("advanced")).contains(Level.ADVANCED);
        assertThat(Level.fromId("ADVANCED")).isEmpty();
        assertThat(ArtifactType.fromId("graph")).isEmpty();
    }

    @Test
    void severityWhenSortedThenEssentialFirst() {
        List<Severity> s = new ArrayList<>(List.of(Severity.CELEBRATORY, Severity.ESSENTIAL, Severity.INFORMATIVE, Severity.ACTIONABLE));
        s.sort(null);
        assertThat(s).containsExactly(Severity.ESSENTIAL, Severity.ACTIONABLE, Severity.INFORMATIVE, Severity.CELEBRATORY);
    }

    @Test
    void checkedByWhenLlmThenNotStructural() {
        assertThat(CheckedBy.LLM.structural()).isFalse();
        assertThat(CheckedBy.BOTH.structural()).isTrue();
    }

    @Test
    void recordsWhenBuiltFromMutableListsThenKeepTheirOwnCopy() {
        List<String> tags = new ArrayList<>(List.of("redis"));
        TutorialSummary summary = new TutorialSummary("s", 1, Level.FOUNDATION, 10, "t", "s", tags, ArtifactType.FLOWCHART, false);
        tags.add("changed");
        assertThat(summary.tags()).containsExactly("redis");
        Rubric rubric = new Rubric(1, Map.of(), List.of(new Criterion("a", "A", "d", Severity.ESSENTIAL, CheckedBy.LLM, null)));
        assertThat(rubric.criterion("a")).isPresent();
        assertThat(rubric.criterion("b")).isEmpty();
    }
}
