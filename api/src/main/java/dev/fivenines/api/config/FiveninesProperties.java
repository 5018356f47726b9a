package dev.fivenines.api.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of our own, bound from {@code fivenines.*} (or FIVENINES_* environment variables).
 *
 * @param dataDir  where local state lives: the embedded database and the local signing key
 * @param security token checks
 * @param limits   request and source size caps
 * @param rateLimits how often one client may call the rate-limited endpoints
 * @param research   the research export
 * @param trustedProxies CIDR ranges of reverse proxies whose Forwarded / X-Forwarded-For headers
 *                   name the client for per-address rate limits; empty (the default): none is trusted
 */
@ConfigurationProperties("fivenines")
public record FiveninesProperties(Path dataDir, Security security, Limits limits, RateLimits rateLimits,
                                  Research research, List<String> trustedProxies) {

    public FiveninesProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    /**
     * @param audience    the {@code aud} every token must carry
     * @param localIssuer the {@code iss} of tokens minted by {@code dev-token}; trusted only when no
     *                    external issuer is configured
     */
    public record Security(String audience, String localIssuer) {
    }

    /**
     * @param maxRequestBytes largest request body accepted (413 beyond), in bytes
     * @param maxSourceBytes  largest D2 source accepted, in UTF-8 bytes
     * @param cpuTimeLimit    the longest one request's parsing, compiling or checking may run before it is stopped
     * @param cpuThreads      threads of the CPU work pool; 0 means one per core
     * @param cpuQueue        requests that may wait for a CPU thread; beyond, 503 with Retry-After
     * @param readTimeout     the longest pause between two reads of a request body before the connection is closed
     * @param requestTimeout  the longest a request body may take to arrive in all
     */
    public record Limits(long maxRequestBytes, int maxSourceBytes, Duration cpuTimeLimit, int cpuThreads,
                         int cpuQueue, Duration readTimeout, Duration requestTimeout) {

        /** The pool's thread count: the configured one, or the cores. */
        public int cpuThreadsOrCores() {
            return cpuThreads > 0 ? cpuThreads : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param diagnosticsPerMinute      D2 diagnostics requests per client address and minute
     * @param submissionsPerMinute      submissions per learner and minute
     * @param practiceAttemptsPerMinute practice-check answers per learner and minute (each writes a row)
     * @param hintRevealsPerMinute      hint reveals per learner and minute (each writes a row)
     */
    public record RateLimits(int diagnosticsPerMinute, int submissionsPerMinute, int practiceAttemptsPerMinute,
                             int hintRevealsPerMinute) {
    }

    /**
     * @param pseudonymKey the secret (at least 32 bytes) that keys learner pseudonyms; empty: a key
     *                     generated once into the data directory
     */
    public record Research(String pseudonymKey) {
    }
}
