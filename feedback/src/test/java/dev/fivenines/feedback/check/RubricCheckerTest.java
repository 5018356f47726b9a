package dev.fivenines.feedback.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.CheckedBy;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.feedback.d2.graph.Board;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RubricCheckerTest {

    private static final Rubric RUBRIC = new Rubric(1, SpecEvaluatorTest.ROLES, List.of(
            new Criterion("keyspace", "Keyspace", "d", Severity.ESSENTIAL, CheckedBy.STRUCTURAL, new Spec.RoleExists("keyspace")),
            new Criterion("both", "Both", "d", Severity.ACTIONABLE, CheckedBy.BOTH, new Spec.RoleExists("client")),
            new Criterion("llm", "LLM only", "d", Severity.INFORMATIVE, CheckedBy.LLM, null)));

    private static Finding finding(List<CriterionResult> results, String id) {
        return results.stream().map(CriterionResult::finding).filter(f -> f.criterionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void checkWhenRubricHasLlmOnlyCriterionThenItIsNotJudged() {
        List<CriterionResult> results = RubricChecker.check(RUBRIC, ArtifactType.SEQUENCE_DIAGRAM, SpecEvaluatorTest.core().build());
        assertThat(results).extracting(r -> r.finding().criterionId()).containsExactly("artifact-type", "keyspace", "both");
    }

    @Test
    void checkWhenPassingThenEvidenceHasOneBasedPositionsAndIds() {
        List<CriterionResult> results = RubricChecker.check(RUBRIC, ArtifactType.SEQUENCE_DIAGRAM, SpecEvaluatorTest.core().build());
        Finding keyspace = finding(results, "keyspace");
        assertThat(keyspace.verdict()).isEqualTo(Verdict.PASS);
        assertThat(keyspace.evidence()).singleElement().satisfies(e -> {
            assertThat(e.startLine()).isEqualTo(4);
            assertThat(e.startColumn()).isEqualTo(1);
            assertThat(e.endLine()).isEqualTo(4);
            assertThat(e.elementIds()).containsExactly("db");
        });
    }

    @Test
    void checkWhenFailingThenMessageAndFixAreForTheLearner() {
        Board board = Diagrams.sequence().shape("c", "Client").build();
        CriterionResult r = RubricChecker.check(RUBRIC, ArtifactType.SEQUENCE_DIAGRAM, board).get(1);
        assertThat(r.finding().verdict()).isEqualTo(Verdict.MISSING);
        assertThat(r.finding().message()).startsWith("Keyspace: not there yet.").contains("the keyspace");
        assertThat(r.fix()).startsWith("Add the keyspace");
    }

    @Test
    void checkWhenSameBoardTwiceThenEqualResults() {
        Board board = SpecEvaluatorTest.core().edge("c", "p", "SET").build();
        assertThat(RubricChecker.check(RUBRIC, ArtifactType.SEQUENCE_DIAGRAM, board))
                .isEqualTo(RubricChecker.check(RUBRIC, ArtifactType.SEQUENCE_DIAGRAM, board));
    }

    @Test
    void checkWhenRootEmptyAndDiagramInALayerThenTheLayerIsChecked() {
        Board layer = SpecEvaluatorTest.core().build();
        Board root = new Board(null, null, false, null, List.of(), List.of(),
                List.of(new Board("layers", "x", false, layer.rootShape(), layer.shapes(), layer.connections(), List.of())));
        assertThat(finding(RubricChecker.check(RUBRIC, ArtifactType.SEQUENCE_DIAGRAM, root), "keyspace").verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Nested
    class ArtifactType_ {
        private Verdict verdict(ArtifactType type, Board board) {
            return finding(RubricChecker.check(RUBRIC, type, board), "artifact-type").verdict();
        }

        @Test
        void sequenceTutorialWhenPlainGraphThenBroken() {
            assertThat(verdict(ArtifactType.SEQUENCE_DIAGRAM, Diagrams.plain().shape("c", "Client").build())).isEqualTo(Verdict.BROKEN);
        }

        @Test
        void stateMachineTutorialWhenSequenceDiagramThenBroken() {
            assertThat(verdict(ArtifactType.STATE_MACHINE, SpecEvaluatorTest.core().build())).isEqualTo(Verdict.BROKEN);
            assertThat(verdict(ArtifactType.STATE_MACHINE, Diagrams.plain().shape("a", "Idle").build())).isEqualTo(Verdict.PASS);
        }

        @Test
        void flowchartTutorialWhenNoDiamondThenUnclearNotBroken() {
            assertThat(verdict(ArtifactType.FLOWCHART, Diagrams.plain().shape("a", "Start").build())).isEqualTo(Verdict.UNCLEAR);
            assertThat(verdict(ArtifactType.FLOWCHART, Diagrams.plain().shape("d", "Expired?", "diamond", null).build()))
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void dataModelTutorialWhenTablePresentThenPass() {
            Board table = Diagrams.plain().table("robj", "robj", List.of()).build();
            assertThat(verdict(ArtifactType.DATA_MODEL, table)).isEqualTo(Verdict.PASS);
            assertThat(verdict(ArtifactType.DATA_MODEL, Diagrams.plain().shape("a", "Thing").build())).isEqualTo(Verdict.UNCLEAR);
        }
    }
}
