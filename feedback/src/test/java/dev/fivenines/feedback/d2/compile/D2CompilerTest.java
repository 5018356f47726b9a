package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.graph.Shape;
import dev.fivenines.feedback.d2.parser.D2Inputs;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class D2CompilerTest {

    private final D2Compiler compiler = new D2Compiler();

    private DiagramGraph compile(String text) {
        return compiler.compile(new SourceText("t.d2", text), FileResolver.none());
    }

    @Test
    void compileWhenParseFailsThenRootIsNullAndOnlyParseErrorsAreReported() {
        DiagramGraph graph = compile("x: {\n");

        assertThat(graph.valid()).isFalse();
        assertThat(graph.root()).isNull();
        assertThat(graph.diagnostics().getFirst().code()).startsWith("d2.");
    }

    @Test
    void compileWhenShapeDeclaredThenReferencesPointAtEveryMention() {
        DiagramGraph graph = compile("a -> b\na.shape: circle\n");

        Shape a = graph.root().shapes().getFirst();
        assertThat(a.references()).hasSize(2);
        assertThat(a.references().get(1).start().line()).isEqualTo(1);
    }

    @Test
    void compileWhenEdgeWrittenInContainerThenIndexFollowsCompileOrder() {
        Board root = compile("shape: sequence_diagram\nalice -> bob: first\ng: {alice -> bob: second}\n").root();

        assertThat(root.connections()).extracting(c -> c.id() + " " + c.label())
                .containsExactly("(alice -> bob)[1] first", "(alice -> bob)[0] second");
    }

    @Test
    void compileWhenUnderscoreAtRootThenReportsNoParent() {
        DiagramGraph graph = compile("_.x\n");

        assertThat(graph.diagnostics()).extracting(Diagnostic::message).contains("invalid underscore: no parent");
    }

    /** The message lists the allowed values in d2's order, the same in every run (not a set's order). */
    @Test
    void compileWhenStyleValueNotAllowedThenListsTheValuesInD2Order() {
        assertThat(compile("x.style.fill-pattern: stripes\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("expected \"fill-pattern\" to be one of: none, dots, lines, grain, paper");
        assertThat(compile("x.style.text-transform: shout\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("expected \"text-transform\" to be one of: none, uppercase, lowercase, capitalize");
    }

    @Nested
    class Imports {

        @Test
        void compileWhenImportCyclesThenReportsTheChain() {
            FileResolver files = new InMemoryFileResolver(Map.of("a.d2", "...@b", "b.d2", "...@a"));

            DiagramGraph graph = compiler.compile(new SourceText("a.d2", "...@b\n"), files);

            assertThat(graph.diagnostics()).extracting(Diagnostic::message)
                    .anyMatch(m -> m.startsWith("detected cyclic import chain: "));
        }

        @Test
        void compileWhenImportMissingThenReportsFailedImport() {
            DiagramGraph graph = compile("x: @nowhere\n");

            assertThat(graph.diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("failed to import \"nowhere.d2\": file does not exist");
        }

        /** Found by fuzzing the compiler: an empty path was an internal compiler error. */
        @Test
        void compileWhenImportHasNoPathThenSaysSoAsD2Does() {
            for (String text : new String[] {"y: @\n", "...@\n", "y: @\"\"\n"}) {
                assertThat(compile(text).diagnostics()).as(text).extracting(Diagnostic::message)
                        .containsExactly("imports must specify a path to import");
            }
        }

        @Test
        void compileWhenImportHasOnlyADirectoryPrefixThenTheFileIsLookedFor() {
            assertThat(compile("y: @../\n").diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("failed to import \"../.d2\": file does not exist");
        }

        @Test
        void compileWhenKeyImportedThenOnlyThatKeyIsMerged() {
            FileResolver files = new InMemoryFileResolver(Map.of("lib.d2", "k: {shape: circle}\nother\n"));

            Board root = compiler.compile(new SourceText("main.d2", "x: @lib.k\n"), files).root();

            assertThat(root.shapes()).extracting(Shape::id, Shape::shape).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("x", "circle"));
        }
    }

    /**
     * The parser fuzz's generators (random text, token soup, mutated samples), from fixed seeds:
     * neither the compiler nor a lint may fail internally on any of them. A scratch fuzz run with
     * these generators found an import without a path within seconds.
     */
    @Test
    void compileWhenGeneratedInputsThenNoInternalError() {
        for (long seed = 0; seed < 5_000; seed++) {
            String text = D2Inputs.anyText(new java.util.SplittableRandom(seed));

            DiagramGraph graph = compile(text);

            assertThat(graph.diagnostics()).as("seed %d", seed).noneMatch(d -> d.code().endsWith(".internal"));
        }
    }

    /** Found by fuzzing the compiler: the merge copied a field's references into themselves. */
    @Test
    void compileWhenVarSpreadInsideItsOwnDefinitionThenNoChangeAndNoInternalError() {
        DiagramGraph graph = compile("vars: {n: {a: 1; ...${n}}}\nx: ${n}\n");

        assertThat(graph.diagnostics()).isEmpty();
        assertThat(graph.root().shapes()).extracting(Shape::id).containsExactly("x", "x.a");
    }

    /** Found by fuzzing the compiler: a class applying itself recursed until the stack overflowed. */
    @Test
    void compileWhenAClassAppliesItselfThenD2sErrorAndNoInternalError() {
        for (String text : new String[] {"classes: {n: {class: n}}\nx.class: n\n",
                "classes: {n: {s: {class: n}}}\nx.class: n\n"}) {
            assertThat(compile(text).diagnostics()).as(text).extracting(Diagnostic::code)
                    .isNotEmpty().doesNotContain("d2.compile.internal");
        }
    }

    /** Found by fuzzing the compiler: merging a var into the map holding it changed the list being read. */
    @Test
    void compileWhenVarSpreadIntoTheMapHoldingItThenNoInternalError() {
        DiagramGraph graph = compile("vars: {v: {v: {ok}}; ...${v}}\nx: ${v}\n");

        assertThat(graph.diagnostics()).extracting(Diagnostic::code).doesNotContain("d2.compile.internal");
        assertThat(graph.root()).isNotNull();
    }

    /**
     * Found by fuzzing the compiler: every new edge was checked against an edge glob by building
     * all the glob's pairs, so a glob-grown diagram of ~7,000 shapes took seconds. One edge is now
     * checked on its own ends; the same styles land on the same edges.
     */
    @Test
    void compileWhenEdgeGlobMeetsNewEdgesThenEachIsCheckedOnItsOwnEnds() {
        Board root = compile("(* -> *)[*].style.stroke: blue\na -> b\nc -> d\n(a -> b)[0].label: x\n").root();

        assertThat(root.connections()).extracting(c -> c.id() + " " + c.label())
                .containsExactly("(a -> b)[0] x", "(c -> d)[0] ");
    }

    /**
     * Found by fuzzing the compiler: the glob created the step board, the board inherited the glob,
     * and the glob created the board again inside it, until the stack overflowed (seconds of CPU).
     */
    @Test
    void compileWhenGlobEdgeCreatesABoardThenTheBoardDoesNotInheritThatGlob() {
        DiagramGraph alone = compile("a* -> steps.z.p\n");
        DiagramGraph withSource = compile("a\na* -> steps.z.p\n");

        assertThat(alone.diagnostics()).isEmpty();
        assertThat(alone.root().boards()).extracting(Board::name).containsExactly("z");
        assertThat(alone.root().boards().getFirst().boards()).isEmpty();
        assertThat(withSource.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("cannot create edges between boards");
    }

    @Test
    void compileWhenBoardWrittenAfterAGlobThenTheBoardInheritsIt() {
        Board step = compile("a* -> b\nsteps.z: {ab}\n").root().boards().getFirst();

        assertThat(step.connections()).extracting(c -> c.id()).containsExactly("(ab -> b)[0]");
    }

    /**
     * Found by fuzzing the compiler: while one glob created fields, every other glob was applied to
     * each new field at once, to twice as many fields each time, until the heap ran out. Fields a
     * glob creates now meet the other globs after it; two corpus cases agree with d2 since.
     */
    @Test
    void compileWhenDoubleGlobsCreateFieldsThenTheCompileEnds() {
        DiagramGraph graph = compile("shared.and.animal\n**.sd.animal\n**.sd.animal\n**.stnd.animal\n**.styl\n");

        assertThat(graph.diagnostics()).extracting(Diagnostic::code).doesNotContain("d2.compile.internal");
    }

    /**
     * A few lines may ask for exponentially many fields, quadratically many edges, or glob work
     * that grows with the square of the diagram: caps end them with one error.
     */
    @Test
    void compileWhenTheDiagramGrowsPastTheBudgetThenOneClearError() {
        StringBuilder globs = new StringBuilder("a\n");
        for (int i = 1; i <= 12; i++) {
            globs.append("**.p").append(i).append(".q").append(i).append('\n');
        }
        StringBuilder everyPair = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            everyPair.append('a').append(i).append('\n');
        }
        everyPair.append("* -> *\n");

        StringBuilder wideUnderAGlob = new StringBuilder("**.style.fill: red\n");
        for (int i = 1; i <= 4000; i++) {
            wideUnderAGlob.append('o').append(i).append('\n');
        }

        assertThat(tooLarge(globs.toString())).startsWith("the diagram grows past 200000 keys, connections and references");
        assertThat(tooLarge(everyPair.toString())).startsWith("the diagram grows past 200000 keys, connections and references");
        assertThat(tooLarge(wideUnderAGlob.toString())).startsWith("the diagram needs more than 5000000 glob");
    }

    /** Imports nest maps beyond the source's own limit of 100: the compile has a limit of its own. */
    @Test
    void compileWhenImportsNestMapsTooDeepThenOneClearError() {
        Map<String, String> files = new java.util.HashMap<>();
        for (int f = 0; f < 4; f++) {
            String inner = f == 3 ? "x" : "x: @f" + (f + 1);
            files.put("f" + f + ".d2", "a: {".repeat(90) + inner + "}".repeat(90));
        }

        DiagramGraph graph = compiler.compile(new SourceText("f0.d2", files.get("f0.d2")),
                new InMemoryFileResolver(files));

        assertThat(graph.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("the diagram nests more than 300 maps deep while it compiles (imports, or var"
                        + " spreads that copy maps into themselves); compiling stopped");
    }

    /** The message of the one diagnostic a too large diagram gets. */
    private String tooLarge(String text) {
        DiagramGraph graph = compile(text);

        assertThat(graph.valid()).isFalse();
        assertThat(graph.diagnostics()).extracting(Diagnostic::code).containsExactly("d2.compile.too_large");
        return graph.diagnostics().getFirst().message();
    }

    /** Random short texts over D2's special characters, from fixed seeds (a failure names its seed). */
    @Test
    void compileWhenAnyInputThenNeverThrowsNorFailsInternally() {
        String alphabet = "ab .:-><{}\n*_@$\"|[]()&#;";
        for (long seed = 0; seed < 300; seed++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(61); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            DiagramGraph graph = compile(text + "\nlayers: {l: {a -> b}}\nx: null\n" + text);

            assertThat(graph.diagnostics()).as("seed %d: %s", seed, text)
                    .noneMatch(d -> d.code().equals("d2.compile.internal"));
        }
    }
}
