package dev.fivenines.api.support;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** What a stand-in LLM answers in API tests: a chat completion judging the tutorial's LLM-only criterion. */
public final class MockLlmAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The tutorial whose LLM-only criterion the stand-in judges. */
    public static final String TUTORIAL = "expiration-system";
    public static final String CRITERION = "expiry-is-not-instant";

    private MockLlmAnswers() {
    }

    /**
     * expiration-system's LLM-only criterion {@value #CRITERION} passes, citing the deadline check
     * on line 1 (the key-value core has no LLM-only criterion since its rubric's version 4).
     */
    public static String passingCompletion() {
        String content = JSON.writeValueAsString(Map.of(
                "judgements", List.of(Map.of("criterionId", CRITERION, "verdict", "PASS",
                        "explanation", "The key becomes invisible at its deadline and is deleted on access or by the cycle.",
                        "citations", List.of(Map.of("elementId", "expired", "startLine", 1, "endLine", 1)))),
                "nextRevision", "Label the reply of DEL with the count it returns."));
        return JSON.writeValueAsString(Map.of("id", "c1", "object", "chat.completion",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120)));
    }
}
