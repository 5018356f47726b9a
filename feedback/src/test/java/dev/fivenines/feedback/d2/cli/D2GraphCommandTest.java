package dev.fivenines.feedback.d2.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class D2GraphCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... files) {
        return D2GraphCommand.run(List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        JsonMapper mapper = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(mapper::readTree).toList();
    }

    @Test
    void runWhenAllFilesValidThenPrintsOneJsonLinePerFileAndExitsZero() throws IOException {
        Path a = Files.writeString(dir.resolve("a.d2"), "x -> y: hi\n");
        Path b = Files.writeString(dir.resolve("b.d2"), "z: {shape: circle}\n");

        int status = run(a.toString(), b.toString());

        assertThat(status).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("file").asString()).isEqualTo(a.toString());
        assertThat(lines.get(0).get("connections").get(0).get("id").asString()).isEqualTo("(x -> y)[0]");
        assertThat(lines.get(1).get("shapes").get(0).get("shape").asString()).isEqualTo("circle");
    }

    @Test
    void runWhenOneFileInvalidThenReportsErrorsWithPositionsAndExitsOne() throws IOException {
        Path good = Files.writeString(dir.resolve("good.d2"), "x\n");
        Path bad = Files.writeString(dir.resolve("bad.d2"), "x\ny: {shape: blob}\n");

        int status = run(good.toString(), bad.toString());

        assertThat(status).isEqualTo(1);
        JsonNode error = lines().get(1).get("errors").get(0);
        assertThat(lines().get(1).get("valid").asBoolean()).isFalse();
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("col").asInt()).isEqualTo(12);
        assertThat(error.get("message").asString()).isEqualTo("unknown shape \"blob\"");
        assertThat(lines().get(1).has("shapes")).isFalse();
    }

    @Test
    void runWhenFileMissingThenExitsTwoAndSaysWhichOnStderr() {
        int status = run(dir.resolve("nope.d2").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.d2");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void runWhenImportedFileHasErrorThenErrorNamesThatFile() throws IOException {
        Files.writeString(dir.resolve("lib.d2"), "q: {shape: blob}\n");
        Path entry = Files.writeString(dir.resolve("main.d2"), "...@lib\n");

        int status = run(entry.toString());

        assertThat(status).isEqualTo(1);
        JsonNode error = lines().getFirst().get("errors").get(0);
        assertThat(error.get("file").asString()).isEqualTo("lib.d2");
        assertThat(error.get("line").asInt()).isEqualTo(1);
    }
}
