package dev.fivenines.content;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Validates content files against the JSON Schemas (draft 2020-12) in {@code schema/}, which are
 * the published description of the format. Errors point at the line of the offending value.
 */
final class SchemaCheck {

    private static final List<String> KINDS = List.of("catalog", "tutorial", "rubric");

    private final Map<String, Schema> schemas;

    private SchemaCheck(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static SchemaCheck bundled() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        java.util.Map<String, Schema> schemas = new java.util.HashMap<>();
        for (String kind : KINDS) {
            try (InputStream in = SchemaCheck.class.getResourceAsStream("/schema/" + kind + ".schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("schema/" + kind + ".schema.json is not on the classpath");
                }
                schemas.put(kind, registry.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SchemaCheck(Map.copyOf(schemas));
    }

    /** True when the file matches; otherwise records one problem per schema error. */
    boolean check(YamlFile file, String kind, List<ContentProblem> problems) {
        List<Error> errors = schemas.get(kind).validate(file.root());
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            if (error.getProperty() != null && "additionalProperties".equals(error.getKeyword())) {
                pointer = pointer + "/" + error.getProperty();
            }
            problems.add(file.problem(pointer, error.getMessage()));
        }
        return errors.isEmpty();
    }

    private static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
