package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Hint;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.fivenines.feedback.check.Concepts;

/**
 * Rules a schema cannot express: unique ids, cross references between hints, criteria and roles,
 * valid patterns, multiple-choice answers, brief length and the reference diagrams.
 */
final class SemanticRules {

    static final int BRIEF_MIN_WORDS = 300;
    static final int BRIEF_MAX_WORDS = 750;
    static final int MIN_STRUCTURAL = 4;

    private final DiagramRules diagrams;

    SemanticRules(DiagramRules diagrams) {
        this.diagrams = diagrams;
    }

    void checkCatalog(YamlFile file, List<TutorialSummary> entries, List<ContentProblem> problems) {
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            TutorialSummary e = entries.get(i);
            if (!slugs.add(e.slug())) {
                problems.add(file.problem("/tutorials/" + i + "/slug", "duplicate slug '" + e.slug() + "'"));
            }
            if (e.position() != i + 1) {
                problems.add(file.problem("/tutorials/" + i + "/position",
                        "position " + e.position() + " out of order: entry " + (i + 1) + " must have position " + (i + 1)));
            }
        }
    }

    void checkTutorial(TutorialFiles files, List<ContentProblem> problems) {
        Tutorial t = files.tutorial();
        checkRubric(files.rubricYaml(), t.rubric(), problems);
        checkHints(files.tutorialYaml(), t, problems);
        checkPracticeChecks(files.tutorialYaml(), t.practiceChecks(), problems);
        checkBrief(t, problems);
        checkActiveHtml(files, problems);
        diagrams.check(t, problems);
    }

    private static void checkRubric(YamlFile file, Rubric rubric, List<ContentProblem> problems) {
        for (Role role : rubric.roles().values()) {
            for (int i = 0; i < role.patterns().size(); i++) {
                try {
                    Pattern.compile(role.patterns().get(i));
                } catch (PatternSyntaxException e) {
                    problems.add(file.problem("/roles/" + role.name() + "/patterns/" + i,
                            "role '" + role.name() + "': bad pattern (RE2 syntax, no backtracking): " + e.getDescription()));
                }
            }
        }
        Set<String> ids = new HashSet<>();
        int structural = 0;
        for (int i = 0; i < rubric.criteria().size(); i++) {
            Criterion c = rubric.criteria().get(i);
            if (!ids.add(c.id())) {
                problems.add(file.problem("/criteria/" + i + "/id", "duplicate criterion id '" + c.id() + "'"));
            }
            structural += c.checkedBy().structural() ? 1 : 0;
            for (String word : SpecRoles.words(c.check())) {
                checkLabelWord(file, i, c, word, problems);
            }
            for (String role : SpecRoles.of(c.check())) {
                if (!rubric.roles().containsKey(role)) {
                    problems.add(file.problem("/criteria/" + i + "/check",
                            "criterion '" + c.id() + "' uses role '" + role + "', which is not declared under roles"));
                }
            }
        }
        if (structural < MIN_STRUCTURAL) {
            problems.add(file.problem("/criteria", "only " + structural + " criteria are checked STRUCTURAL or BOTH; at least "
                    + MIN_STRUCTURAL + " are needed"));
        }
    }

    /** A {@code /pattern/} must compile for RE2/J; a {@code ~concept} must exist. */
    private static void checkLabelWord(YamlFile file, int i, Criterion c, String word, List<ContentProblem> problems) {
        if (word.length() > 2 && word.startsWith("/") && word.endsWith("/")) {
            try {
                Pattern.compile(word.substring(1, word.length() - 1));
            } catch (PatternSyntaxException e) {
                problems.add(file.problem("/criteria/" + i + "/check", "criterion '" + c.id()
                        + "': bad label pattern " + word + " (RE2 syntax, no backtracking): " + e.getDescription()));
            }
        } else if (word.startsWith("~") && !Concepts.names().contains(word.substring(1))) {
            problems.add(file.problem("/criteria/" + i + "/check", "criterion '" + c.id() + "': unknown concept " + word
                    + "; known: " + String.join(", ", Concepts.names())));
        }
    }

    private static void checkHints(YamlFile file, Tutorial t, List<ContentProblem> problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < t.hints().size(); i++) {
            Hint h = t.hints().get(i);
            if (!ids.add(h.id())) {
                problems.add(file.problem("/hints/" + i + "/id", "duplicate hint id '" + h.id() + "'"));
            }
            for (int j = 0; j < h.criteria().size(); j++) {
                if (t.rubric().criterion(h.criteria().get(j)).isEmpty()) {
                    problems.add(file.problem("/hints/" + i + "/criteria/" + j, "hint '" + h.id()
                            + "' refers to criterion '" + h.criteria().get(j) + "', which rubric.yaml does not define"));
                }
            }
        }
    }

    private static void checkPracticeChecks(YamlFile file, List<PracticeCheck> checks, List<ContentProblem> problems) {
        Set<String> ids = new HashSet<>();
        ScenarioRules scenarios = new ScenarioRules(file, problems);
        for (int i = 0; i < checks.size(); i++) {
            PracticeCheck c = checks.get(i);
            scenarios.check(i, c);
            if (!ids.add(c.id())) {
                problems.add(file.problem("/practiceChecks/" + i + "/id", "duplicate practice check id '" + c.id() + "'"));
            }
            if (!c.choices().isEmpty() && !c.choices().contains(c.answer())) {
                problems.add(file.problem("/practiceChecks/" + i + "/choices",
                        "practice check '" + c.id() + "': choices do not contain the answer '" + c.answer() + "'"));
            }
        }
    }

    /**
     * Text served to browsers holds no active HTML (see {@link ActiveHtml}): the brief, and the
     * requirements, constraints, hints and criteria shown beside it.
     */
    private static void checkActiveHtml(TutorialFiles files, List<ContentProblem> problems) {
        Tutorial t = files.tutorial();
        for (ActiveHtml.Finding f : ActiveHtml.in(t.brief())) {
            problems.add(new ContentProblem(t.slug() + "/brief.md", f.line(), activeHtml(f)));
        }
        YamlFile tutorialYaml = files.tutorialYaml();
        checkActiveHtml(tutorialYaml, "/requirements/", t.requirements(), problems);
        checkActiveHtml(tutorialYaml, "/constraints/", t.constraints(), problems);
        checkActiveHtml(tutorialYaml, "/hints/", t.hints().stream().map(Hint::text).toList(), "/text", problems);
        List<Criterion> criteria = t.rubric().criteria();
        checkActiveHtml(files.rubricYaml(), "/criteria/", criteria.stream().map(Criterion::title).toList(), "/title",
                problems);
        checkActiveHtml(files.rubricYaml(), "/criteria/", criteria.stream().map(Criterion::description).toList(),
                "/description", problems);
    }

    private static void checkActiveHtml(YamlFile file, String listPointer, List<String> texts,
                                        List<ContentProblem> problems) {
        checkActiveHtml(file, listPointer, texts, "", problems);
    }

    private static void checkActiveHtml(YamlFile file, String listPointer, List<String> texts, String field,
                                        List<ContentProblem> problems) {
        for (int i = 0; i < texts.size(); i++) {
            List<ActiveHtml.Finding> findings = texts.get(i) == null ? List.of() : ActiveHtml.in(texts.get(i));
            if (!findings.isEmpty()) {
                problems.add(file.problem(listPointer + i + field, activeHtml(findings.getFirst())));
            }
        }
    }

    private static String activeHtml(ActiveHtml.Finding f) {
        return f.what() + ": tutorial text is served to browsers, so it may not hold active HTML";
    }

    private static void checkBrief(Tutorial t, List<ContentProblem> problems) {
        int words = t.brief().isBlank() ? 0 : t.brief().trim().split("\\s+").length;
        if (words < BRIEF_MIN_WORDS || words > BRIEF_MAX_WORDS) {
            problems.add(new ContentProblem(t.slug() + "/brief.md", 1, "the brief has " + words + " words; it must have "
                    + BRIEF_MIN_WORDS + "-" + BRIEF_MAX_WORDS));
        }
    }
}
