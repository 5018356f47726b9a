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
 * The whole deterministic review of each tutorial's reference solution: parse, compile, every
 * structural criterion, report assembly (and, separately, the JSON the API returns). Target: p99
 * under 1 ms. Run with {@code -bm sample} for percentiles:
 * {@code ./mvnw -B -q -pl content -am -Pbench test-compile exec:exec -Dbench.args="ReviewBenchmark -f 1 -bm sample"}.
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

    @Benchmark
    public FeedbackReport reviewReference() {
        return review.analyze(tutorial, tutorial.solution());
    }

    @Benchmark
    public String reviewReferenceToJson() {
        return FeedbackJson.write(review.analyze(tutorial, tutorial.solution()));
    }
}
