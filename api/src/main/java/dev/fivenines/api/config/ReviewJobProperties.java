package dev.fivenines.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The LLM review job runner.
 *
 * @param poll        how often each instance looks for due jobs
 * @param lease       how long a claimed job is this instance's before another may take it over
 * @param concurrency jobs one instance runs at once
 * @param maxAttempts claims before a job that keeps failing unexpectedly is left alone
 */
@ConfigurationProperties("fivenines.review-jobs")
public record ReviewJobProperties(Duration poll, Duration lease, int concurrency, int maxAttempts) {
}
