package dev.fivenines.feedback.llm;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of the model's answer. The same schema is sent as {@code response_format} and
 * checked on our side, because many servers ignore or only loosely honour it. It keeps to the
 * subset OpenAI's strict mode accepts: every property required, no extra properties, nullables
 * as type unions.
 */
public final class ReviewSchema {

    public static final String NAME = "diagram_review";

    public static final String JSON = """
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["judgements", "nextRevision"],
              "properties": {
                "judgements": {
                  "type": "array",
                  "maxItems": 64,
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["criterionId", "verdict", "explanation", "citations"],
                    "properties": {
                      "criterionId": {"type": "string", "minLength": 1, "maxLength": 200},
                      "verdict": {"type": "string", "enum": ["PASS", "MISSING", "BROKEN", "UNCLEAR", "INSUFFICIENT_EVIDENCE"]},
                      "explanation": {"type": "string", "maxLength": 2000},
                      "citations": {
                        "type": "array",
                        "maxItems": 32,
                        "items": {
                          "type": "object",
                          "additionalProperties": false,
                          "required": ["elementId", "startLine", "endLine"],
                          "properties": {
                            "elementId": {"type": ["string", "null"]},
                            "startLine": {"type": ["integer", "null"]},
                            "endLine": {"type": ["integer", "null"]}
                          }
                        }
                      }
                    }
                  }
                },
                "nextRevision": {"type": "string", "maxLength": 2000}
              }
            }
            """;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNode NODE = MAPPER.readTree(JSON);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(NODE);

    private ReviewSchema() {
    }

    public static JsonNode node() {
        return NODE;
    }

    /** The violations of {@code answer}; empty when it conforms. */
    public static List<String> violations(JsonNode answer) {
        return SCHEMA.validate(answer).stream().map(Error::toString).toList();
    }
}
