package dev.fivenines.feedback.llm;

import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.feedback.llm.LlmOutcome.Failed;
import dev.fivenines.feedback.llm.LlmOutcome.Kind;
import dev.fivenines.feedback.llm.LlmReview.Citation;
import dev.fivenines.feedback.llm.LlmReview.Judgement;
import dev.fivenines.feedback.llm.LlmReview.LlmVerdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the model's text into a grounded review: it must be JSON, it must match {@link ReviewSchema},
 * and every judgement must name an existing criterion and cite something that exists in the
 * submission. Whatever fails the last two is dropped, not the whole review.
 */
public final class LlmReviewValidator {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private LlmReviewValidator() {
    }

    /** A {@link LlmOutcome.Done} with the surviving judgements, or a {@link Failed} for garbage. */
    public static LlmOutcome validate(String content, Rubric rubric, Grounding grounding, String model,
                                      LlmOutcome.Usage usage) {
        JsonNode answer;
        try {
            answer = MAPPER.readTree(stripFences(content));
        } catch (JacksonException | IllegalArgumentException e) {
            return new Failed(Kind.MALFORMED, "The reviewer's answer was not readable.");
        }
        if (answer == null || answer.isMissingNode() || !ReviewSchema.violations(answer).isEmpty()) {
            return new Failed(Kind.SCHEMA_VIOLATION, "The reviewer's answer did not have the expected form.");
        }
        List<String> dropped = new ArrayList<>();
        List<Judgement> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode j : answer.get("judgements")) {
            String id = j.get("criterionId").asString();
            if (rubric.criterion(id).isEmpty()) {
                dropped.add("unknown criterion " + id);
            } else if (!seen.add(id)) {
                dropped.add("duplicate judgement for " + id);
            } else {
                ground(j, grounding, dropped).ifPresent(kept::add);
            }
        }
        return new LlmOutcome.Done(new LlmReview(ReviewPrompt.PROMPT_VERSION, model, kept,
                answer.get("nextRevision").asString().strip(), dropped), usage);
    }

    private static java.util.Optional<Judgement> ground(JsonNode j, Grounding grounding, List<String> dropped) {
        String id = j.get("criterionId").asString();
        List<Citation> citations = new ArrayList<>();
        for (JsonNode c : j.get("citations")) {
            citation(c).filter(x -> exists(x, grounding)).ifPresent(citations::add);
        }
        if (citations.isEmpty()) {
            dropped.add("no existing citation for " + id);
            return java.util.Optional.empty();
        }
        LlmVerdict verdict = LlmVerdict.valueOf(j.get("verdict").asString());
        return java.util.Optional.of(new Judgement(id, verdict, j.get("explanation").asString().strip(), citations));
    }

    private static java.util.Optional<Citation> citation(JsonNode c) {
        JsonNode element = c.get("elementId");
        if (element != null && element.isString() && !element.asString().isBlank()) {
            return java.util.Optional.of(new Citation(element.asString().strip(), 0, 0));
        }
        JsonNode start = c.get("startLine");
        JsonNode end = c.get("endLine");
        if (start == null || !start.isIntegralNumber()) {
            return java.util.Optional.empty();
        }
        int from = start.asInt();
        int to = end != null && end.isIntegralNumber() ? end.asInt() : from;
        return java.util.Optional.of(new Citation(null, from, to));
    }

    private static boolean exists(Citation c, Grounding grounding) {
        return c.isElement() ? grounding.hasElement(c.elementId()) : grounding.hasLines(c.startLine(), c.endLine());
    }

    /** Some servers wrap JSON in a Markdown fence when structured output is off. */
    static String stripFences(String content) {
        String s = content == null ? "" : content.strip();
        if (s.startsWith("```")) {
            int firstNewline = s.indexOf('\n');
            int lastFence = s.lastIndexOf("```");
            if (firstNewline > 0 && lastFence > firstNewline) {
                return s.substring(firstNewline + 1, lastFence).strip();
            }
        }
        return s;
    }
}
