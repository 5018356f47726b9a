package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: every {@code src/test/resources/d2/parser/<feature>/<case>.d2} is parsed and its
 * AST + diagnostics dump ({@link AstJson}) must equal {@code <case>.expected.json}. Run with
 * {@code -Dgolden.accept=true} to (re)write the expected files, then review the diff.
 */
class D2ParserGoldenTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "d2", "parser");
    private static final boolean ACCEPT = Boolean.getBoolean("golden.accept");

    @TestFactory
    Stream<DynamicTest> parseWhenGoldenCaseThenTreeAndDiagnosticsMatchExpectedFile() throws IOException {
        return cases().stream().map(d2 -> DynamicTest.dynamicTest(CORPUS.relativize(d2).toString(), () -> {
            String actual = AstJson.print(D2Parser.parse(new SourceText(d2.getFileName().toString(),
                    Files.readString(d2, StandardCharsets.UTF_8))));
            Path expected = expectedFile(d2);
            if (ACCEPT) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertThat(expected).as("golden file (create it with -Dgolden.accept=true)").exists();
            assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void goldenCorpusWhenListedThenCoversEveryFeatureDirectory() throws IOException {
        List<String> features = cases().stream().map(p -> CORPUS.relativize(p).getName(0).toString())
                .distinct().toList();

        assertThat(features).contains("keys", "edges", "maps", "strings", "values", "comments",
                "substitutions", "imports", "filters", "errors");
    }

    @Test
    void parseWhenManyErrorsFileThenReportsEveryBrokenLine() throws IOException {
        Path file = CORPUS.resolve("errors").resolve("many_errors.d2");
        SourceText source = new SourceText("many_errors.d2", Files.readString(file));

        ParseResult result = D2Parser.parse(source);

        long linesWithErrors = result.diagnostics().stream().map(d -> d.start().line()).distinct().count();
        assertThat(linesWithErrors).isEqualTo(source.lineCount() - 1);
    }

    private static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".d2")).sorted().toList();
        }
    }

    private static Path expectedFile(Path d2) {
        String name = d2.getFileName().toString();
        return d2.resolveSibling(name.substring(0, name.length() - ".d2".length()) + ".expected.json");
    }
}
