package dev.fivenines.api.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README runs {@code java scripts/PublishTutorial.java} with whatever {@code java} is on the
 * PATH, often an older one than the build's JDK 25 (Java 17 on Ubuntu 22.04): the script must stay
 * plain Java 17. PublishTutorialScriptIT runs it end to end on the build's JDK.
 */
class PublishTutorialScriptTest {

    private static final Path SCRIPT = Path.of(System.getProperty("fivenines.root.dir", ".."), "scripts", "PublishTutorial.java");
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @TempDir
    Path classes;

    @Test
    void scriptWhenCompiledForJava17ThenNoErrors() {
        var err = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, err,
                "--release", "17", "-d", classes.toString(), SCRIPT.toString());
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void scriptWhenRunByJava17WithoutOptionsThenUsageAndExit2() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_17), "no Java 17 at " + JAVA_17 + " (the compile check above still ran)");
        Path err = classes.resolve("err.txt");
        Process process = new ProcessBuilder(JAVA_17.toString(), SCRIPT.toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err)).contains("usage: java scripts/PublishTutorial.java");
    }
}
