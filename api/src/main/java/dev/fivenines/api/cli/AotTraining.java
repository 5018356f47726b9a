package dev.fivenines.api.cli;

import dev.fivenines.content.YamlTutorialCatalog;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind the command line's JDK AOT cache (the build runs it with
 * {@code -XX:AOTCacheOutput}, see api/pom.xml): every command once, in one JVM, so that the cache
 * holds the classes each of them loads, already parsed and linked. Commands then start in a
 * fraction of the time. It writes only into a temporary directory, which it removes.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("fivenines-aot-training");
        try {
            train(work);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void train(Path work) throws IOException {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setProperty("fivenines.data-dir", work.resolve("data").toString());
        run(nowhere, "help");
        run(nowhere, "dev-token", "--subject", "training", "--admin");
        YamlTutorialCatalog catalog = YamlTutorialCatalog.bundled();
        for (TutorialSummary summary : catalog.list()) {
            if (summary.available()) {
                Tutorial tutorial = catalog.find(summary.slug()).orElseThrow();
                Path starter = Files.writeString(work.resolve(summary.slug() + "-starter.d2"),
                        tutorial.starter().getFirst().content());
                Path solution = Files.writeString(work.resolve(summary.slug() + "-solution.d2"), tutorial.solution());
                run(nowhere, "review", "--tutorial", summary.slug(), solution.toString());
                run(nowhere, "review", "--tutorial", summary.slug(), starter.toString(), solution.toString());
                run(nowhere, "d2", "graph", starter.toString(), solution.toString());
            }
        }
        run(nowhere, "content", "validate");
    }

    private static void run(PrintStream nowhere, String... args) {
        CommandLine.run(args, nowhere, nowhere);
    }
}
