package dev.fivenines.api.support;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** What a stand-in LLM answers in API tests: a chat completion judging the tutorial's LLM-only criterion. */
public final class MockLlmAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MockLlmAnswers() {
    }

    /** single-node-key-value-core's LLM-only criterion passes, citing the executor on line 1. */
    public static String passingCompletion() {
        String content = JSON.writeValueAsString(Map.of(
                "judgements", List.of(Map.of("criterionId", "one-command-at-a-time", "verdict", "PASS",
                        "explanation", "Each command runs to completion before the next one starts.",
                        "citations", List.of(Map.of("elementId", "executor", "startLine", 1, "endLine", 1)))),
                "nextRevision", "Label the reply of DEL with the count it returns."));
        return JSON.writeValueAsString(Map.of("id", "c1", "object", "chat.completion",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120)));
    }
}
