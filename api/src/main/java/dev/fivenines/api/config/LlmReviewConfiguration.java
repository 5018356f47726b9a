package dev.fivenines.api.config;

import dev.fivenines.api.jobs.ReviewJobWorker;
import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.feedback.DiagramReviewer;
import dev.fivenines.domain.review.ReviewJobQueue;
import dev.fivenines.domain.review.ReviewProcessor;
import dev.fivenines.domain.review.ReviewResults;
import dev.fivenines.domain.submission.SubmissionStore;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.feedback.llm.LlmDiagramReviewer;
import dev.fivenines.feedback.llm.LlmSettings;
import dev.fivenines.feedback.llm.ReviewCacheKey;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The LLM review, only when an endpoint is configured: one reviewer per application (it owns the
 * connection pool, circuit breaker, concurrency limit and budgets) and the job worker that feeds
 * it from PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${fivenines.llm.base-url:}'.trim() != ''")
class LlmReviewConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmReviewConfiguration.class);

    @Bean
    LlmDiagramReviewer diagramReviewer(LlmProperties properties, MeterRegistry metrics) {
        LlmSettings settings = properties.settings().orElseThrow();
        log.info("LLM review enabled: {}", settings);
        return new LlmDiagramReviewer(settings, metrics);
    }

    @Bean
    ReviewProcessor reviewProcessor(SubmissionStore submissions, TutorialCatalog catalog, DiagramReviewer reviewer,
                                    ReviewResults results, LlmProperties properties, BoundedWork work) {
        String model = properties.model();
        return new ReviewProcessor(submissions, catalog, reviewer, results,
                s -> ReviewCacheKey.of(s.tutorialSlug(), s.feedback().rubricVersion(), model, s.source()), work);
    }

    @Bean(destroyMethod = "close")
    ReviewJobWorker reviewJobWorker(ReviewJobQueue queue, ReviewProcessor processor, ReviewJobProperties jobs,
                                    MeterRegistry metrics) {
        return new ReviewJobWorker(queue, processor, new ReviewJobWorker.Settings(jobs.poll(), jobs.lease(),
                jobs.concurrency(), jobs.maxAttempts()), metrics);
    }

    /** Jobs start once the application is ready, so no review runs against a half-started context. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> reviewJobWorkerStarter(ReviewJobWorker worker) {
        return event -> worker.start();
    }
}
