package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser never throws, and every span it reports lies within its input, whatever the input. */
class D2ParserPropertiesTest {

    @Property(tries = 2000)
    void parseWhenAnyTextThenNeverThrowsAndSpansStayInInput(@ForAll("anyText") String text) {
        ParseInvariants.parseAndCheck(text);
    }

    @Property(tries = 1000)
    void parseWhenMutatedCorpusThenNeverThrowsAndSpansStayInInput(@ForAll("mutatedCorpus") String text) {
        ParseInvariants.parseAndCheck(text);
    }

    @Property(tries = 300)
    void parseWhenSameInputTwiceThenSameTreeAndDiagnostics(@ForAll("anyText") String text) {
        assertThat(AstJson.print(ParseInvariants.parseAndCheck(text)))
                .isEqualTo(AstJson.print(ParseInvariants.parseAndCheck(text)));
    }

    @Provide
    Arbitrary<String> anyText() {
        return D2Inputs.anyText();
    }

    @Provide
    Arbitrary<String> mutatedCorpus() {
        return D2Inputs.mutated(Arbitraries.of(corpusSeeds()));
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
