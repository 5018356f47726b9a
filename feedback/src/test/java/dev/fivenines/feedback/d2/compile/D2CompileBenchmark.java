package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + compile throughput. {@code corpus}: every single-file case of the shared conformance
 * corpus (skipped to an empty loop when {@code ../shared} is absent; its size is printed so MB/s can
 * be derived); {@code large}: a generated 5,000-line diagram (50 containers of 38 shapes and 60
 * labelled edges, the recipe of the corpus's performance anchor); {@code typical}: a 100-line
 * tutorial-style diagram. Run: {@code ./mvnw -B -q -pl feedback -am -Pbench test-compile exec:exec
 * -Dbench.args="D2CompileBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class D2CompileBenchmark {

    private final D2Compiler compiler = new D2Compiler();
    private List<SourceText> corpus;
    private SourceText large;
    private SourceText typical;

    @Setup
    public void setUp() throws IOException {
        corpus = readCorpus();
        long chars = corpus.stream().mapToLong(SourceText::length).sum();
        System.out.printf("%ncorpus: %d files, %d chars; large: %d lines; typical: %d lines%n", corpus.size(), chars,
                generatedLarge().lineCount(), typicalDiagram().lineCount());
        large = generatedLarge();
        typical = typicalDiagram();
        requireValid(large);
        requireValid(typical);
    }

    /** An input that fails to compile would measure the parser and an early exit, not the compiler. */
    private void requireValid(SourceText source) {
        DiagramGraph graph = compiler.compile(source, FileResolver.none());
        if (graph.root() == null) {
            throw new IllegalStateException(source.name() + " does not compile: " + graph.diagnostics());
        }
    }

    @Benchmark
    public void corpus(Blackhole sink) {
        for (SourceText source : corpus) {
            sink.consume(compiler.compile(source, FileResolver.none()));
        }
    }

    @Benchmark
    public DiagramGraph large() {
        return compiler.compile(large, FileResolver.none());
    }

    @Benchmark
    public DiagramGraph typical() {
        return compiler.compile(typical, FileResolver.none());
    }

    private static List<SourceText> readCorpus() throws IOException {
        Path cases = Path.of(System.getProperty("fivenines.shared.dir", "../shared"), "d2", "conformance", "cases");
        if (!Files.isDirectory(cases)) {
            cases = Path.of("..", "..", "shared", "d2", "conformance", "cases");
        }
        List<SourceText> out = new ArrayList<>();
        if (!Files.isDirectory(cases)) {
            return out;
        }
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".d2")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!Files.isDirectory(cases.resolve(name.replaceAll("\\.d2$", ".files")))) {
                    out.add(new SourceText(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    static SourceText generatedLarge() {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < 50; c++) {
            text.append("c").append(c).append(": {\n");
            for (int s = 0; s < 38; s++) {
                text.append("  s").append(s).append(": shape ").append(s).append('\n');
            }
            for (int e = 0; e < 60; e++) {
                text.append("  s").append(e % 38).append(" -> s").append((e * 7 + 3) % 38).append(": e").append(e)
                        .append('\n');
            }
            text.append("}\n");
        }
        return new SourceText("large.d2", text.toString());
    }

    static SourceText typicalDiagram() {
        StringBuilder text = new StringBuilder("""
                vars: {
                  accent: "#d33"
                }
                classes: {
                  store: {shape: cylinder; style.fill: ${accent}}
                  proc: {shape: hexagon}
                }
                direction: right
                client: Client {shape: person}
                redis: Redis server {
                  eventloop: Event loop {class: proc}
                  db: Keyspace {class: store}
                  aof: AOF file {shape: page}
                  eventloop -> db: execute
                  db -> aof: append
                }
                client -> redis.eventloop: RESP command
                redis.eventloop -> client: reply
                replica: Replica {class: store}
                redis.db -> replica: replication stream
                keys: {
                  shape: sql_table
                  key: string {constraint: primary_key}
                  type: string
                  ttl: int
                }
                Dict: {
                  shape: class
                  +table: "dictEntry[]"
                  -rehashidx: long
                  +find(key): dictEntry
                }
                flow: {
                  shape: sequence_diagram
                  client; server
                  client -> server: SET k v
                  server -> client: +OK
                }
                """);
        int i = 0;
        while (text.toString().lines().count() < 100) {
            text.append("step").append(i).append(": Step ").append(i).append('\n');
            text.append("step").append(i).append(" -> redis.db: touch ").append(i).append('\n');
            i++;
        }
        return new SourceText("typical.d2", text.toString());
    }
}
