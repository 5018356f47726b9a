package dev.fivenines.feedback.llm;

import java.time.Duration;
import java.util.Map;

/**
 * How to reach the OpenAI-compatible endpoint, mirroring the {@code FIVENINES_LLM_*} environment.
 *
 * @param baseUrl              up to and including the version path, e.g. {@code https://api.openai.com/v1}
 * @param structuredOutput     send {@code response_format: json_schema}; some servers reject it
 * @param maxRetryAfter        the longest {@code Retry-After} we are willing to honour
 * @param dailyBudgetPerLearner LLM reviews one learner may request per day
 */
public record LlmSettings(
        String baseUrl,
        String model,
        String apiKey,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxConcurrency,
        int maxQueued,
        long dailyBudgetPerLearner,
        boolean structuredOutput,
        int maxRetries,
        Duration retryBaseDelay,
        Duration maxRetryAfter) {

    public LlmSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        apiKey = apiKey == null ? "" : apiKey;
        if (maxConcurrency < 1 || maxQueued < 0 || dailyBudgetPerLearner < 1 || dailyBudgetPerLearner > MAX_BUDGET
                || maxRetries < 0) {
            throw new IllegalArgumentException("LLM limits out of range: " + maxConcurrency + "/" + maxQueued + "/"
                    + dailyBudgetPerLearner + "/" + maxRetries);
        }
    }

    /** Far beyond any real allowance; Bucket4j refuses capacities near Long.MAX_VALUE. */
    public static final long MAX_BUDGET = 1_000_000_000L;

    /** Defaults for everything but the endpoint. */
    public static LlmSettings of(String baseUrl, String model, String apiKey) {
        return new LlmSettings(baseUrl, model, apiKey, Duration.ofSeconds(5), Duration.ofSeconds(60), 16, 10_000,
                20, true, 3, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** From an environment map; empty when no base URL is configured (the LLM review is then disabled). */
    public static java.util.Optional<LlmSettings> fromEnvironment(Map<String, String> env) {
        String base = env.getOrDefault("FIVENINES_LLM_BASE_URL", "").strip();
        if (base.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(of(base, env.getOrDefault("FIVENINES_LLM_MODEL", "gpt-4o-mini"),
                env.getOrDefault("FIVENINES_LLM_API_KEY", "")));
    }

    public LlmSettings withConcurrency(int max) {
        return new LlmSettings(baseUrl, model, apiKey, connectTimeout, requestTimeout, max, maxQueued,
                dailyBudgetPerLearner, structuredOutput, maxRetries, retryBaseDelay, maxRetryAfter);
    }

    public LlmSettings withTimeouts(Duration request, int retries, Duration retryBase) {
        return new LlmSettings(baseUrl, model, apiKey, connectTimeout, request, maxConcurrency, maxQueued,
                dailyBudgetPerLearner, structuredOutput, retries, retryBase, maxRetryAfter);
    }

    public LlmSettings withRetryAfterCap(Duration cap) {
        return new LlmSettings(baseUrl, model, apiKey, connectTimeout, requestTimeout, maxConcurrency, maxQueued,
                dailyBudgetPerLearner, structuredOutput, maxRetries, retryBaseDelay, cap);
    }

    public LlmSettings withBudget(long perDay) {
        return new LlmSettings(baseUrl, model, apiKey, connectTimeout, requestTimeout, maxConcurrency, maxQueued,
                perDay, structuredOutput, maxRetries, retryBaseDelay, maxRetryAfter);
    }

    /** The key never appears in logs, even when the settings are printed. */
    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey.isEmpty() ? "" : "***")
                + ", requestTimeout=" + requestTimeout + ", maxConcurrency=" + maxConcurrency + "]";
    }
}
