package dev.fivenines.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as users run it: commands work without starting the server, and every
 * class they need is inside the jar (a test-scoped dependency once hid a missing one from the
 * class-path based tests).
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "fivenines.jar");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @Test
    void d2GraphWhenValidAndInvalidFilesThenOneJsonLineEachAndExit1() throws Exception {
        Files.writeString(dir.resolve("ok.d2"), "client -> server: SET k v\n");
        Files.writeString(dir.resolve("broken.d2"), "a -> {\n");
        Run run = run("d2", "graph", dir.resolve("ok.d2").toString(), dir.resolve("broken.d2").toString());
        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"valid\":true", "\"id\":\"(client -> server)[0]\"", "\"label\":\"SET k v\"");
        assertThat(lines.get(1)).contains("\"valid\":false", "\"line\":1");
    }

    @Test
    void contentValidateWhenBundledContentThenExit0() throws Exception {
        Run run = run("content", "validate");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("24 tutorials");
    }

    @Test
    void reviewWhenReferenceSolutionThenExit0AndFeedbackJson() throws Exception {
        Path solution = Path.of(System.getProperty("fivenines.root.dir", ".."),
                "content/src/main/resources/tutorials/single-node-key-value-core/solution.d2");
        Run run = run("review", "--tutorial", "single-node-key-value-core", solution.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"status\"", "\"findings\"", "\"rubricVersion\"");
    }

    @Test
    void reviewWhenUnknownTutorialThenExit2() throws Exception {
        Files.writeString(dir.resolve("x.d2"), "a\n");
        assertThat(run("review", "--tutorial", "no-such", dir.resolve("x.d2").toString()).exit()).isEqualTo(2);
    }

    @Test
    void devTokenWhenSubjectGivenThenPrintsAJwt() throws Exception {
        Run run = run("-Dfivenines.data-dir=" + dir, "dev-token", "--subject", "alice", "--admin");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(dir.resolve("dev-signing-key.jwk.json")).exists();
    }

    @Test
    void devTokenWhenNoSubjectThenUsageAndExit2() throws Exception {
        Run run = run("-Dfivenines.data-dir=" + dir, "dev-token");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--subject");
    }

    @Test
    void unknownCommandWhenMistypedThenUsageAndExit2WithoutStartingAServer() throws Exception {
        // A private data directory and a random port: on the old code this word started a server.
        Run run = run("-Dfivenines.data-dir=" + dir, "frobnicate", "--server.port=0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'frobnicate'", "usage:");
        assertThat(dir.resolve("pgdata")).doesNotExist();
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        int i = 0;
        while (i < args.length && args[i].startsWith("-D")) {
            command.add(args[i++]);
        }
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args).subList(i, args.length));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
