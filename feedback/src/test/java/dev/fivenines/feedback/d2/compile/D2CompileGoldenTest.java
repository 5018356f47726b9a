package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.cli.D2GraphJson;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own golden files, one feature each, under {@code src/test/resources/d2/compile/}: the graph
 * JSON of {@code x.d2} must equal {@code x.expected.json}. Run with {@code -Dd2.golden.accept=true}
 * to rewrite the expectations after a deliberate change (then review the diff).
 */
class D2CompileGoldenTest {

    private static final Path DIR = Path.of("src", "test", "resources", "d2", "compile");
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(p -> p.toString().endsWith(".d2"))
                    .filter(p -> p.getParent().equals(DIR) || p.getFileName().toString().equals("index.d2"))
                    .map(p -> DIR.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void compileWhenGoldenCaseThenGraphJsonMatchesExpectation(String name) throws IOException {
        Path file = DIR.resolve(name);
        SourceText source = new SourceText(name, Files.readString(file, StandardCharsets.UTF_8));
        DiagramGraph graph = new D2Compiler().compile(source, new FileSystemResolver(file.getParent()));
        JsonNode actual = D2GraphJson.toNode(name, source, graph);
        Path expectedFile = DIR.resolve(name.replaceAll("\\.d2$", ".expected.json"));
        if (Boolean.getBoolean("d2.golden.accept")) {
            Files.writeString(expectedFile, MAPPER.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).exists();
        JsonNode expected = MAPPER.readTree(expectedFile.toFile());
        assertThat(MAPPER.writeValueAsString(actual)).isEqualTo(MAPPER.writeValueAsString(expected));
    }
}
