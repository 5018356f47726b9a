package dev.fivenines.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.graph.SourceRef;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramReviewServiceTest {

    /** Compiles "c -> db" style sources by hand: enough to drive the service without the real compiler. */
    private static DiagramGraph fakeCompile(SourceText source) {
        String text = source.text();
        if (text.contains("{{")) {
            return new DiagramGraph(null, List.of(Diagnostic.error("d2.syntax.x", "unexpected {", source, new Span(2, 3))));
        }
        SourceRef client = new SourceRef(source, new Span(0, 1));
        SourceRef db = new SourceRef(source, new Span(0, 1));
        List<Shape> shapes = List.of(shape("c", "Client", client), shape("db", "Keyspace dict", db));
        List<Connection> connections = text.contains("set")
                ? List.of(new Connection("(c -> db)[0]", "c", "db", "none", "triangle", "set k", 0, null, null, null, null,
                        List.of(new SourceRef(source, new Span(0, text.length())))))
                : List.of();
        Board board = new Board(null, null, false, text.contains("seq") ? "sequence_diagram" : null, shapes, connections, List.of());
        return new DiagramGraph(board, List.of(Diagnostic.warning("d2.lint.x", "a lint", source, new Span(0, 1))));
    }

    private static Shape shape(String id, String label, SourceRef ref) {
        return new Shape(id, label, "rectangle", null, null, null, null, List.of(), "", Shape.SeqRole.ACTOR,
                List.of(), List.of(), List.of(), List.of(ref));
    }

    private final DiagramReviewService service = new DiagramReviewService(DiagramReviewServiceTest::fakeCompile);

    @Test
    void analyzeWhenAllStructuralPassThenCompleteWithFullScore() {
        FeedbackReport r = service.analyze(ReviewFixtures.tutorial(), "seq set");
        assertThat(r.status()).isEqualTo(FeedbackStatus.COMPLETE);
        assertThat(r.rubricVersion()).isEqualTo(3);
        assertThat(r.score().passed()).isEqualTo(2);
        assertThat(r.score().total()).isEqualTo(2);
        assertThat(r.llm()).isEqualTo(ReviewState.DISABLED);
        assertThat(r.unjudged()).containsExactly("explains");
        // a full pass is not a dead end: the summary says so and offers the next step
        assertThat(r.summary().nextRevision()).startsWith("Everything this rubric checks holds up.");
        assertThat(r.summary().holdsUp()).hasSize(r.score().passed());
        assertThat(r.diagnostics()).extracting(d -> d.severity()).containsExactly("WARNING");
    }

    @Test
    void analyzeWhenEssentialMissingThenNextRevisionFixesIt() {
        FeedbackReport r = service.analyze(ReviewFixtures.tutorial(), "seq");
        Finding writes = r.findings().stream().filter(f -> f.criterionId().equals("writes")).findFirst().orElseThrow();
        assertThat(writes.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(r.summary().missing()).containsExactly("The client writes the keyspace");
        assertThat(r.summary().nextRevision()).startsWith("Add a message from the client to the keyspace");
        assertThat(r.score().passed()).isEqualTo(1);
    }

    @Test
    void analyzeWhenNotASequenceDiagramThenArtifactTypeBroken() {
        FeedbackReport r = service.analyze(ReviewFixtures.tutorial(), "set");
        Finding type = r.findings().stream().filter(f -> f.criterionId().equals("artifact-type")).findFirst().orElseThrow();
        assertThat(type.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(type.message()).contains("sequence diagram");
        assertThat(r.summary().nextRevision()).contains("sequence_diagram");
    }

    @Test
    void analyzeWhenSourceInvalidThenInvalidWithDiagnosticsAndNoVerdicts() {
        FeedbackReport r = service.analyze(ReviewFixtures.tutorial(), "a{{");
        assertThat(r.status()).isEqualTo(FeedbackStatus.INVALID);
        assertThat(r.findings()).isEmpty();
        assertThat(r.score().passed()).isZero();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo("ERROR");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(3);
        });
        assertThat(r.summary().nextRevision()).contains("line 1").contains("unexpected {");
    }

    @Test
    void analyzeWhenNullSourceThenNoException() {
        assertThat(service.analyze(ReviewFixtures.tutorial(), null).status()).isNotNull();
    }

    @Test
    void findingsWhenSortedThenSeverityFirst() {
        FeedbackReport r = service.analyze(ReviewFixtures.tutorial(), "seq set");
        assertThat(r.findings()).extracting(Finding::severity).isSorted();
    }

    @Test
    void jsonWhenSameInputTwiceThenByteIdenticalAndPinnedFields() {
        String a = FeedbackJson.write(service.analyze(ReviewFixtures.tutorial(), "seq"));
        String b = FeedbackJson.write(service.analyze(ReviewFixtures.tutorial(), "seq"));
        assertThat(a).isEqualTo(b);
        assertThat(a).contains("\"status\"", "\"rubricVersion\" : 3", "\"score\"", "\"findings\"", "\"criterionId\"",
                "\"verdict\"", "\"severity\"", "\"origin\"", "\"evidence\"", "\"startLine\"", "\"elementIds\"",
                "\"diagnostics\"", "\"summary\"", "\"holdsUp\"", "\"missing\"", "\"breaks\"", "\"nextRevision\"",
                "\"review\"", "\"llm\" : \"disabled\"");
    }
}
