package dev.fivenines.content;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.FeedbackStatus;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import dev.fivenines.feedback.review.FeedbackJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole deterministic review of each tutorial's reference solution and, in turn, of each of
 * its blind corpus diagrams: parse, compile, reading the roles, every structural criterion,
 * report assembly (and, separately, the JSON the API returns). Target: p99
 * under 1 ms. Run with {@code -bm sample} for percentiles:
 * {@code ./mvnw -B -q install -DskipTests -Dcli.aot.skip=true -pl domain,feedback} and then
 * {@code ./mvnw -B -q -pl content -Pbench test-compile exec:exec -Dbench.args="ReviewBenchmark -f 1 -bm sample"}
 * (not {@code -am}: exec would run in the upstream modules too, which have no such benchmark).
 * The install matters: without it, {@code -pl content} measures whatever feedback jar is in ~/.m2.
 * Runs every tutorial listed in {@code slug}; one that is not available (not merged yet) fails
 * its own setup with "tutorial not available" and JMH carries on with the others. Pick some with
 * {@code -p slug=a,b}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReviewBenchmark {

    @Param({"single-node-key-value-core", "resp-protocol-parser", "redis-object-model", "expiration-system"})
    public String slug;

    private final DiagramReviewService review = new DiagramReviewService();
    private Tutorial tutorial;

    @Setup
    public void load() {
        tutorial = YamlTutorialCatalog.bundled().find(slug)
                .orElseThrow(() -> new IllegalStateException("tutorial not available: " + slug));
        if (review.analyze(tutorial, tutorial.solution()).status() != FeedbackStatus.COMPLETE) {
            throw new IllegalStateException("reference solution of " + slug + " does not compile");
        }
    }

    /** The blind corpus diagrams of the tutorial, reviewed in turn: learners' drawings, not ours. */
    private java.util.List<String> corpus = java.util.List.of();
    private int next;

    @Setup
    public void loadCorpus() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/corpus", slug);
        if (java.nio.file.Files.isDirectory(dir)) {
            try (var files = java.nio.file.Files.walk(dir)) {
                java.util.List<String> sources = new java.util.ArrayList<>();
                for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".d2")).sorted().toList()) {
                    sources.add(java.nio.file.Files.readString(f));
                }
                corpus = sources;
            }
        }
    }

    @Benchmark
    public FeedbackReport reviewCorpusDiagram() {
        if (corpus.isEmpty()) {
            return review.analyze(tutorial, tutorial.solution());
        }
        next = (next + 1) % corpus.size();
        return review.analyze(tutorial, corpus.get(next));
    }

    @Benchmark
    public FeedbackReport reviewReference() {
        return review.analyze(tutorial, tutorial.solution());
    }

    @Benchmark
    public String reviewReferenceToJson() {
        return FeedbackJson.write(review.analyze(tutorial, tutorial.solution()));
    }
}
