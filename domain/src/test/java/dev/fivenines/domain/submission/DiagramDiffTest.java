package dev.fivenines.domain.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramDiffTest {

    @Test
    void betweenWhenElementsAddedRemovedAndRelabelledThenEachListedSortedById() {
        var before = new DiagramOutline(Map.of("client", "client", "parser", "parser", "old", "x"),
                Map.of("(client -> parser)[0]", "SET k v"));
        var after = new DiagramOutline(Map.of("client", "Client app", "parser", "parser", "dict", "dict", "b", "b"),
                Map.of("(client -> parser)[0]", "SET k v", "(parser -> dict)[0]", "write"));

        DiagramDiff diff = DiagramDiff.between(before, after);

        assertThat(diff.shapesAdded()).containsExactly("b", "dict");
        assertThat(diff.shapesRemoved()).containsExactly("old");
        assertThat(diff.shapesRelabelled()).containsExactly(new DiagramDiff.Relabel("client", "client", "Client app"));
        assertThat(diff.connectionsAdded()).containsExactly("(parser -> dict)[0]");
        assertThat(diff.connectionsRemoved()).isEmpty();
        assertThat(diff.connectionsRelabelled()).isEmpty();
    }

    @Test
    void betweenWhenSameDiagramThenEmpty() {
        var outline = new DiagramOutline(Map.of("a", "a"), Map.of("(a -> a)[0]", ""));
        DiagramDiff diff = DiagramDiff.between(outline, outline);
        assertThat(diff.shapesAdded()).isEmpty();
        assertThat(diff.shapesRemoved()).isEmpty();
        assertThat(diff.shapesRelabelled()).isEmpty();
        assertThat(diff.connectionsAdded()).isEmpty();
    }
}
