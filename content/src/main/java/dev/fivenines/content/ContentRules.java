package dev.fivenines.content;

import dev.fivenines.domain.tutorial.TutorialSummary;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.util.List;

/**
 * The checks applied while loading: JSON Schema per file kind, then semantic rules that a schema
 * cannot express (cross references, uniqueness, reference solutions).
 */
public final class ContentRules {

    private final SchemaCheck schemas;
    private final SemanticRules semantics;

    ContentRules(SchemaCheck schemas, SemanticRules semantics) {
        this.schemas = schemas;
        this.semantics = semantics;
    }

    public static ContentRules standard() {
        return new ContentRules(SchemaCheck.bundled(), new SemanticRules(new ReferenceDiagramRules(new DiagramReviewService())));
    }

    /** False when the file does not match its schema (problems recorded). */
    boolean checkSchema(YamlFile file, String kind, List<ContentProblem> problems) {
        return schemas.check(file, kind, problems);
    }

    void checkCatalog(YamlFile file, List<TutorialSummary> entries, List<ContentProblem> problems) {
        semantics.checkCatalog(file, entries, problems);
    }

    void checkTutorial(TutorialFiles files, List<ContentProblem> problems) {
        semantics.checkTutorial(files, problems);
    }
}
