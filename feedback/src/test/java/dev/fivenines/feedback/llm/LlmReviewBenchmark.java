package dev.fivenines.feedback.llm;

import dev.fivenines.domain.feedback.DiagramReviewer.Result;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.ReviewState;
import dev.fivenines.domain.tutorial.Tutorial;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Scale check (a plain main, not a unit test): N reviews in flight at once against a stub LLM
 * that answers after 2 s, once with the concurrency limit raised to N and once at its default.
 * The stub is a Reactor Netty server in the same JVM, so the thread count below includes it.
 *
 * <p>Run with the heap capped, e.g.
 * {@code java -Xmx512m -cp <test classpath> dev.fivenines.feedback.llm.LlmReviewBenchmark 1000}.
 */
public final class LlmReviewBenchmark {

    private static final Duration STUB_DELAY = Duration.ofSeconds(2);

    private LlmReviewBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean withDefault = args.length < 2 || !"raised-only".equals(args[1]);
        byte[] answer = LlmFixtures.goodAnswer().getBytes(StandardCharsets.UTF_8);
        DisposableServer stub = HttpServer.create().host("127.0.0.1").port(0)
                .route(r -> r.post("/v1/chat/completions", (req, res) -> req.receive().then()
                        .then(Mono.delay(STUB_DELAY))
                        .then(res.header("Content-Type", "application/json").sendByteArray(Mono.just(answer)).then())))
                .bindNow();
        try {
            String base = "http://127.0.0.1:" + stub.port() + "/v1";
            LlmSettings defaults = LlmSettings.of(base, "stub", "k").withTimeouts(Duration.ofSeconds(300), 0,
                    Duration.ofMillis(100)).withBudget(LlmSettings.MAX_BUDGET);
            // Two full warm-up rounds so the measured run sees JIT-compiled code, as a running server would.
            run("warm-up 1", defaults.withConcurrency(n), n);
            run("warm-up 2", defaults.withConcurrency(n), n);
            run("raised limit " + n, defaults.withConcurrency(n), n);
            if (withDefault) {
                run("default limit " + defaults.maxConcurrency(), defaults, n);
            }
        } finally {
            stub.disposeNow();
        }
    }

    private static void run(String label, LlmSettings settings, int n) {
        Tutorial tutorial = LlmFixtures.tutorial();
        FeedbackReport structural = LlmFixtures.structural(LlmFixtures.SOURCE);
        LlmDiagramReviewer reviewer = new LlmDiagramReviewer(settings, LlmDiagramReviewer.defaultBreaker(),
                new SimpleMeterRegistry(), Clock.systemUTC());
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        int threadsBefore = threads.getThreadCount();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Result> results = Flux.range(0, n)
                .flatMap(i -> reviewer.review("learner-" + i, tutorial, LlmFixtures.SOURCE, structural), n)
                .collectList().block(Duration.ofMinutes(10));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        long cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
        Map<String, Long> states = new TreeMap<>(results.stream().collect(Collectors.groupingBy(
                r -> r.state() == ReviewState.DONE ? "DONE" : r.state() + ":" + r.reason(), Collectors.counting())));
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %d reviews in %d ms (process CPU %d ms, machine load %.1f); outcomes %s; threads before %d, peak %d; "
                        + "peak heap used %d MiB of max %d MiB; processors %d%n",
                label, n, millis, cpuMillis, os.getSystemLoadAverage(), states, threadsBefore, threads.getPeakThreadCount(), peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    }

}
