package dev.fivenines.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/fivenines runs commands from the extracted jar with the AOT cache the build trained
 * (api/pom.xml): the cache must really be used (classes come from it, not from the jars), and
 * the answers must be the jar's own, byte for byte.
 */
class FastCommandStartIT {

    private static final Path ROOT = Path.of(System.getProperty("fivenines.root.dir", "..")).toAbsolutePath();
    private static final Path TUTORIAL = ROOT.resolve("content/src/main/resources/tutorials/single-node-key-value-core");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @Test
    void reviewWhenRunByTheScriptThenClassesComeFromTheAotCache() throws Exception {
        Path classLog = dir.resolve("classes.log");
        Run run = script(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classLog),
                "review", "--tutorial", "single-node-key-value-core", TUTORIAL.resolve("solution.d2").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(classLog)).filteredOn(l -> l.contains(" dev.fivenines.feedback.review.ReviewCommand "))
                .singleElement().asString().endsWith("source: shared objects file");
    }

    @Test
    void reviewWhenOneFileThenTheSameDocumentAsTheJar() throws Exception {
        String file = TUTORIAL.resolve("starter.d2").toString();
        Run fast = script(Map.of(), "review", "--tutorial", "single-node-key-value-core", file);
        Run jar = jar("review", "--tutorial", "single-node-key-value-core", file);
        assertThat(fast.exit()).isEqualTo(1).isEqualTo(jar.exit());
        assertThat(fast.out()).startsWith("{\n").isEqualTo(jar.out());
    }

    @Test
    void reviewWhenSeveralFilesOneMissingThenALineEachAndExit2() throws Exception {
        String missing = dir.resolve("missing.d2").toString();
        Run run = script(Map.of(), "review", "--tutorial", "single-node-key-value-core",
                TUTORIAL.resolve("solution.d2").toString(), missing, TUTORIAL.resolve("starter.d2").toString());
        assertThat(run.exit()).isEqualTo(2);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("solution.d2\",\"status\":\"COMPLETE\"");
        assertThat(lines.get(1)).isEqualTo("{\"file\":\"" + missing + "\",\"error\":\"cannot read " + missing + ": no such file\"}");
        assertThat(lines.get(2)).contains("starter.d2\",\"status\":\"COMPLETE\"");
        assertThat(run.err()).contains("review: cannot read " + missing);
    }

    @Test
    void devTokenWhenRunByTheScriptThenAJwtSignedWithTheDataDirectorysKey() throws Exception {
        Run run = script(Map.of("FIVENINES_DATA_DIR", dir.toString()), "dev-token", "--subject", "alice");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(dir.resolve("dev-signing-key.jwk.json")).exists();
    }

    private Run script(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", ROOT.resolve("bin/fivenines").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        return run(builder);
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "fivenines.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command));
    }

    private Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
