package dev.fivenines.feedback.review;

import dev.fivenines.domain.feedback.Evidence;
import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.SourceDiagnostic;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feedback result as JSON, in the pinned shape of ARCHITECTURE.md section 5 and with a fixed
 * field order, so that the same report always gives byte-identical text.
 */
public final class FeedbackJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FeedbackJson() {
    }

    public static String write(FeedbackReport report) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
    }

    /** One compact line for a batch: the file as given, then the same fields as {@link #write}. */
    public static String line(String file, FeedbackReport report) {
        ObjectNode line = MAPPER.createObjectNode().put("file", file);
        line.setAll(tree(report));
        return MAPPER.writeValueAsString(line);
    }

    /** One compact line for a file that could not be reviewed. */
    public static String errorLine(String file, String error) {
        return MAPPER.writeValueAsString(MAPPER.createObjectNode().put("file", file).put("error", error));
    }

    public static ObjectNode tree(FeedbackReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", r.status().name());
        root.put("rubricVersion", r.rubricVersion());
        ObjectNode score = root.putObject("score");
        score.put("passed", r.score().passed());
        score.put("total", r.score().total());
        ArrayNode findings = root.putArray("findings");
        r.findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode diagnostics = root.putArray("diagnostics");
        r.diagnostics().forEach(d -> diagnostic(diagnostics.addObject(), d));
        ObjectNode summary = root.putObject("summary");
        strings(summary.putArray("holdsUp"), r.summary().holdsUp());
        strings(summary.putArray("missing"), r.summary().missing());
        strings(summary.putArray("breaks"), r.summary().breaks());
        summary.put("nextRevision", r.summary().nextRevision());
        ObjectNode review = root.putObject("review");
        review.put("llm", r.llm().id());
        strings(review.putArray("unjudged"), r.unjudged());
        ArrayNode roles = root.putObject("reading").putArray("roles");
        for (var role : r.reading().roles()) {
            ObjectNode n = roles.addObject();
            n.put("role", role.role());
            n.put("title", role.title());
            ArrayNode elements = n.putArray("elements");
            role.elements().forEach(e -> elements.addObject().put("id", e.id()).put("label", e.label()));
            n.put("confidence", role.confidence());
            n.put("why", role.why());
        }
        return root;
    }

    private static void finding(ObjectNode n, Finding f) {
        n.put("criterionId", f.criterionId());
        n.put("title", f.title());
        n.put("verdict", f.verdict().name());
        n.put("severity", f.severity().name());
        n.put("origin", f.origin().name());
        n.put("message", f.message());
        ArrayNode evidence = n.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode en = evidence.addObject();
            en.put("startLine", e.startLine());
            en.put("startColumn", e.startColumn());
            en.put("endLine", e.endLine());
            en.put("endColumn", e.endColumn());
            strings(en.putArray("elementIds"), e.elementIds());
        }
    }

    private static void diagnostic(ObjectNode n, SourceDiagnostic d) {
        n.put("severity", d.severity());
        n.put("message", d.message());
        n.put("line", d.line());
        n.put("column", d.column());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
