package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parser speed. Run: {@code ./mvnw -B -q -pl feedback -am -Pbench test-compile exec:exec
 * -Dbench.args="D2ParseBenchmark -f 1 -wi 3 -i 5"}. The corpus benchmarks read
 * {@code ../shared/d2/conformance} in place; the setup prints the corpus size so that the
 * average time converts to MB/s (UTF-8 bytes / time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class D2ParseBenchmark {

    private List<SourceText> corpusFiles;
    private SourceText corpusConcatenated;
    private SourceText lines500;
    private SourceText lines5000;
    private SourceText tutorial100;

    @Setup
    public void load() throws IOException {
        Path cases = findCorpus();
        corpusFiles = cases == null ? List.of(SourceText.of(Diagrams.generated(400_000)))
                : SharedCorpus.entryFiles(cases.getParent()).stream().map(SharedCorpus::read).toList();
        corpusConcatenated = SourceText.of(String.join("\n", corpusFiles.stream().map(SourceText::text).toList()));
        long bytes = corpusFiles.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n[setup] corpus: %s, %d files, %d UTF-8 bytes, %d lines%n",
                cases == null ? "ABSENT (generated stand-in)" : cases, corpusFiles.size(), bytes,
                corpusFiles.stream().mapToInt(SourceText::lineCount).sum());
        lines500 = SourceText.of(Diagrams.lines(500));
        lines5000 = SourceText.of(Diagrams.lines(5_000));
        try (InputStream in = D2ParseBenchmark.class.getResourceAsStream("/d2/bench/tutorial-100.d2")) {
            tutorial100 = SourceText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        System.out.printf("[setup] 5,000-line diagram: %d lines, %d chars; tutorial: %d lines%n",
                lines5000.lineCount() - 1, lines5000.length(), tutorial100.lineCount() - 1);
    }

    /** Each corpus file parsed on its own, as the service will see them. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void corpusFileByFile(Blackhole bh) {
        for (SourceText file : corpusFiles) {
            bh.consume(D2Parser.parse(file));
        }
    }

    /** All corpus files joined into one text. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ParseResult corpusConcatenated() {
        return D2Parser.parse(corpusConcatenated);
    }

    /** With {@link #generated5000Lines()}: 10x the input should cost about 10x (linear parsing). */
    @Benchmark
    public ParseResult generated500Lines() {
        return D2Parser.parse(lines500);
    }

    @Benchmark
    public ParseResult generated5000Lines() {
        return D2Parser.parse(lines5000);
    }

    @Benchmark
    public ParseResult tutorial100Lines() {
        return D2Parser.parse(tutorial100);
    }

    /** {@code fivenines.shared.dir} if set, else a {@code shared} directory beside an ancestor of the working dir. */
    private static Path findCorpus() {
        String property = System.getProperty("fivenines.shared.dir");
        if (property != null && Files.isDirectory(Path.of(property, "d2", "conformance", "cases"))) {
            return Path.of(property, "d2", "conformance", "cases");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path cases = dir.resolveSibling("shared").resolve("d2").resolve("conformance").resolve("cases");
            if (Files.isDirectory(cases)) {
                return cases;
            }
        }
        return null;
    }
}
