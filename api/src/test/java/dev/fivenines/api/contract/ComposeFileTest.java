package dev.fivenines.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * No Docker engine or compose CLI runs on our build machines, so docker-compose.yml is checked
 * against the Compose Specification's own JSON Schema instead, plus the few facts we rely on.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("fivenines.root.dir",
            Path.of("..").toAbsolutePath().normalize().toString()));

    @Test
    void composeFileWhenValidatedThenConformsToComposeSpec() throws IOException {
        var errors = composeSchema().validate(Files.readString(ROOT.resolve("docker-compose.yml")), InputFormat.YAML);
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaWhenGivenABrokenFileThenRejectsIt() throws IOException {
        var errors = composeSchema().validate("services:\n  api:\n    ports: 8080\n    unknown-key: x\n",
                InputFormat.YAML);
        assertThat(errors).isNotEmpty();
    }

    /**
     * The published schema declares draft 2019-09 but still carries draft-04 style {@code "id"}
     * members, which a strict 2019-09 validator refuses as an unknown keyword; they only label
     * sub-schemas, so they are dropped before loading.
     */
    private Schema composeSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/compose-spec/compose-spec.json")) {
            JsonNode schema = JsonMapper.shared().readTree(in);
            dropLegacyIds(schema);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schema);
        }
    }

    private static void dropLegacyIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("id").isString()) {
                object.remove("id");
            }
            object.forEach(ComposeFileTest::dropLegacyIds);
        } else if (node.isArray()) {
            node.forEach(ComposeFileTest::dropLegacyIds);
        }
    }

    @Test
    void composeFileWhenReadThenRunsPostgresAndTheApiFromOurDockerfile() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertThat(compose).contains("image: postgres:18-alpine", "dockerfile: Dockerfile",
                "SPRING_R2DBC_URL: r2dbc:postgresql://postgres:5432/fivenines");
        assertThat(ROOT.resolve("Dockerfile")).exists();
    }
}
