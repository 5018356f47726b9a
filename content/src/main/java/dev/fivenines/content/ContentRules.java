package dev.fivenines.content;

import dev.fivenines.domain.tutorial.TutorialSummary;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.util.List;

/**
 * The checks applied while loading: JSON Schema per file kind, then semantic rules that a schema
 * cannot express (cross references, uniqueness, reference solutions).
 */
public final class ContentRules {

    /**
     * No checks at all, for content the build has already validated: the tutorials bundled in the
     * jar (YamlTutorialCatalogTest fails the build on any problem). Building the standard rules
     * (JSON Schema registry, reviews of every reference diagram) is most of a command's start-up.
     */
    static final ContentRules ALREADY_VALIDATED = new ContentRules(null, null);

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
        return this == ALREADY_VALIDATED || schemas.check(file, kind, problems);
    }

    void checkCatalog(YamlFile file, List<TutorialSummary> entries, List<ContentProblem> problems) {
        if (this != ALREADY_VALIDATED) {
            semantics.checkCatalog(file, entries, problems);
        }
    }

    void checkTutorial(TutorialFiles files, List<ContentProblem> problems) {
        if (this != ALREADY_VALIDATED) {
            semantics.checkTutorial(files, problems);
        }
    }
}
