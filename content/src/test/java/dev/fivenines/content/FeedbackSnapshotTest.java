package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import dev.fivenines.feedback.review.FeedbackJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Approval snapshots of the whole feedback JSON for tutorial #1 scenarios: wording, verdicts,
 * evidence and order are what learners see, so any change must be looked at. Accept a reviewed
 * change with {@code -Dsnapshot.update=true}. Invalid D2 is covered elsewhere: its diagnostics
 * are the compiler's wording, not ours to approve here.
 */
class FeedbackSnapshotTest {

    static final Path DIR = Path.of("src/test/resources/dev/fivenines/content/feedback");
    static final Path VARIANTS = Path.of("src/test/resources/tutorials/single-node-key-value-core/variants");
    private static final Tutorial TUTORIAL = YamlTutorialCatalog.bundled().find("single-node-key-value-core").orElseThrow();

    static Stream<Arguments> scenarios() throws IOException {
        return Stream.of(
                Arguments.of("starter", TUTORIAL.starter().getFirst().content()),
                Arguments.of("solution", TUTORIAL.solution()),
                Arguments.of("terse-labels", Files.readString(VARIANTS.resolve("correct/terse-labels.d2"))),
                Arguments.of("del-unlinks-key-defect", Files.readString(VARIANTS.resolve("defect/del-unlinks-key--only-ttl-removed.d2"))),
                Arguments.of("flowchart-instead", "client -> parser: SET k v\nparser -> executor\nexecutor -> keyspace: write k\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void reviewWhenScenarioThenMatchesApprovedSnapshot(String name, String source) throws IOException {
        String actual = FeedbackJson.write(new DiagramReviewService().analyze(TUTORIAL, source)) + "\n";
        Path file = DIR.resolve(name + ".json");
        if (Boolean.getBoolean("snapshot.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
