package dev.fivenines.api.config;

import dev.fivenines.feedback.llm.LlmSettings;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The LLM review, bound from {@code fivenines.llm.*} (FIVENINES_LLM_BASE_URL, _MODEL, _API_KEY, ...).
 * With no base URL the review is disabled and feedback says so ({@code review.llm: "disabled"}).
 *
 * @param baseUrl               an OpenAI-compatible endpoint up to its version path, e.g. http://localhost:11434/v1
 * @param maxConcurrency        LLM calls in flight at once per instance
 * @param dailyBudgetPerLearner LLM reviews one learner may use per day
 * @param structuredOutput      ask for JSON-schema output (turn off for servers that reject response_format)
 */
@ConfigurationProperties("fivenines.llm")
public record LlmProperties(String baseUrl, String model, String apiKey, Duration requestTimeout, int maxConcurrency,
                            long dailyBudgetPerLearner, boolean structuredOutput) {

    public Optional<LlmSettings> settings() {
        if (!StringUtils.hasText(baseUrl)) {
            return Optional.empty();
        }
        LlmSettings defaults = LlmSettings.of(baseUrl.strip(), model, apiKey);
        return Optional.of(new LlmSettings(defaults.baseUrl(), defaults.model(), defaults.apiKey(),
                defaults.connectTimeout(), requestTimeout, maxConcurrency, defaults.maxQueued(), dailyBudgetPerLearner,
                structuredOutput, defaults.maxRetries(), defaults.retryBaseDelay(), defaults.maxRetryAfter()));
    }

    /** The key never reaches logs, even if these properties are printed. */
    @Override
    public String toString() {
        return "LlmProperties[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (StringUtils.hasText(apiKey) ? "***" : "") + "]";
    }
}
