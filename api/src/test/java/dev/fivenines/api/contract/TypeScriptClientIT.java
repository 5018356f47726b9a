package dev.fivenines.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The published {@code openapi.yaml} must be precise enough for a generated TypeScript client:
 * {@code scripts/ts-client/check.sh} generates types with openapi-typescript and compiles the
 * hand-written learner journey against them with {@code tsc --strict}. A missing path, a wrong
 * status code or a mis-typed schema is a tsc error, and this test shows it. Needs npm (and the npm
 * registry, or its cache, for {@code npm ci}); without npm it skips and says why.
 */
class TypeScriptClientIT {

    private static final Path ROOT = Path.of(System.getProperty("fivenines.root.dir",
            Path.of("..").toAbsolutePath().normalize().toString()));
    private static final Path CHECK = ROOT.resolve("scripts/ts-client/check.sh");

    @Test
    void generatedClientWhenCompiledWithTscStrictThenNoErrors() throws IOException, InterruptedException {
        assumeTrue(onPath("npm"), "SKIPPED: npm is not installed, so the TypeScript client check of "
                + "openapi.yaml cannot run (install node and npm, e.g. apt-get install -y npm)");
        Path log = Files.createTempFile("ts-client-check", ".log");
        Process check = new ProcessBuilder("bash", CHECK.toString())
                .directory(CHECK.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = check.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(finished).as("check.sh did not finish within 5 minutes:%n%s", output).isTrue();
        assertThat(check.exitValue())
                .as("openapi.yaml does not type the learner journey in scripts/ts-client/client-usage.ts:%n%s",
                        output)
                .isZero();
    }

    private static boolean onPath(String command) throws InterruptedException {
        try {
            return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
