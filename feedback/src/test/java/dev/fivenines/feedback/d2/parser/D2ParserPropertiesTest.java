package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The parser never throws, and every span it reports lies within its input, whatever the input.
 * Inputs come from fixed seeds, so every run checks the same cases and a failure names its seed.
 */
class D2ParserPropertiesTest {

    @Test
    void parseWhenAnyTextThenNeverThrowsAndSpansStayInInput() {
        forSeeds(2000, D2Inputs::anyText, ParseInvariants::parseAndCheck);
    }

    @Test
    void parseWhenMutatedCorpusThenNeverThrowsAndSpansStayInInput() {
        List<String> seeds = corpusSeeds();
        forSeeds(1000, random -> D2Inputs.mutated(random, seeds), ParseInvariants::parseAndCheck);
    }

    @Test
    void parseWhenSameInputTwiceThenSameTreeAndDiagnostics() {
        forSeeds(300, D2Inputs::anyText, text -> assertThat(AstJson.print(ParseInvariants.parseAndCheck(text)))
                .isEqualTo(AstJson.print(ParseInvariants.parseAndCheck(text))));
    }

    private static void forSeeds(int tries, Function<RandomGenerator, String> input,
                                 java.util.function.Consumer<String> check) {
        for (long seed = 0; seed < tries; seed++) {
            String text = input.apply(new SplittableRandom(seed));
            try {
                check.accept(text);
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                throw new AssertionError("seed " + seed + ", input " + quoted(text), e);
            }
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }

    /** Real diagrams from ../shared when it is there, else the built-in samples. */
    static List<String> corpusSeeds() {
        String shared = System.getProperty("fivenines.shared.dir");
        Path cases = shared == null ? null : Path.of(shared, "d2", "conformance", "cases");
        if (cases == null || !Files.isDirectory(cases)) {
            return D2Inputs.SAMPLES;
        }
        return SharedCorpus.entryFiles(cases.getParent()).stream()
                .map(p -> SharedCorpus.read(p).text())
                .toList();
    }
}
