package dev.fivenines.api.jobs;

import dev.fivenines.domain.review.ReviewJob;
import dev.fivenines.domain.review.ReviewJobQueue;
import dev.fivenines.domain.review.ReviewProcessor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claims due review jobs from PostgreSQL and runs them, at most {@code concurrency} at a time, on
 * the reactive threads (an LLM call waits without holding a thread). A job whose work fails
 * unexpectedly is put back with backoff; after {@code maxAttempts} claims it is left for an
 * operator (its submission keeps its structural feedback, marked pending).
 */
public final class ReviewJobWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReviewJobWorker.class);

    private final ReviewJobQueue queue;
    private final ReviewProcessor processor;
    private final Settings settings;
    private final AtomicLong depth = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final Counter completed;
    private volatile Disposable loop;

    /**
     * @param poll        how often to look for due jobs
     * @param lease       how long a claim lasts before another instance may take the job over
     * @param concurrency jobs run at once by this instance
     */
    public record Settings(Duration poll, Duration lease, int concurrency, int maxAttempts) {
    }

    public ReviewJobWorker(ReviewJobQueue queue, ReviewProcessor processor, Settings settings, MeterRegistry metrics) {
        this.queue = queue;
        this.processor = processor;
        this.settings = settings;
        Gauge.builder("fivenines.review.queue.depth", depth, AtomicLong::get)
                .description("LLM reviews not finished yet").register(metrics);
        completed = Counter.builder("fivenines.review.completed")
                .description("LLM reviews stored on their submission (each submission at most once)").register(metrics);
    }

    /**
     * Every poll claims as many due jobs as there are free places and starts them without waiting
     * for the ones already running, so one slow review never holds up the others.
     */
    public void start() {
        loop = Flux.interval(Duration.ZERO, settings.poll())
                .onBackpressureDrop()
                .concatMap(tick -> claimFreePlaces(), 1)
                .flatMap(this::run, settings.concurrency())
                .subscribe();
    }

    private Flux<ReviewJob> claimFreePlaces() {
        int free = settings.concurrency() - inFlight.get();
        Mono<java.util.List<ReviewJob>> claimed = free <= 0 ? Mono.just(java.util.List.of())
                : queue.claim(free, settings.lease()).doOnNext(jobs -> inFlight.addAndGet(jobs.size()));
        return claimed
                .flatMapMany(Flux::fromIterable)
                .concatWith(queue.depth().doOnNext(depth::set).then(Mono.empty()))
                .onErrorResume(e -> {
                    log.warn("Review jobs could not be claimed: {}", e.toString());
                    return Flux.empty();
                });
    }

    private Mono<Void> run(ReviewJob job) {
        return processor.process(job)
                .timeout(settings.lease())
                .doFinally(signal -> inFlight.decrementAndGet())
                .doOnNext(finished -> {
                    if (finished) {
                        completed.increment();
                    }
                })
                .then()
                .onErrorResume(e -> {
                    log.warn("Review of submission {} failed on attempt {}: {}", job.submissionId(), job.attempt(), e.toString());
                    if (job.attempt() >= settings.maxAttempts()) {
                        return Mono.empty();
                    }
                    Duration backoff = Duration.ofSeconds(Math.min(300, 1L << Math.min(job.attempt(), 8)));
                    return queue.retryLater(job.submissionId(), backoff, e.getClass().getSimpleName());
                });
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.dispose();
        }
    }
}
