package dev.fivenines.content;

import dev.fivenines.domain.tutorial.CheckedBy;
import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.Hint;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.RawStep;
import dev.fivenines.domain.tutorial.RestartStep;
import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.domain.tutorial.Rubric;
import dev.fivenines.domain.tutorial.ScenarioStep;
import dev.fivenines.domain.tutorial.Severity;
import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.domain.tutorial.StarterFile;
import dev.fivenines.domain.tutorial.Topology;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialSummary;
import dev.fivenines.domain.tutorial.WaitStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads one tutorial folder; a folder without tutorial.yaml is a "coming soon" tutorial. */
final class TutorialReader {

    private final ContentSource source;
    private final ContentRules rules;
    private final TutorialSummary entry;
    private final List<ContentProblem> problems;
    private final String dir;

    TutorialReader(ContentSource source, ContentRules rules, TutorialSummary entry, List<ContentProblem> problems) {
        this.source = source;
        this.rules = rules;
        this.entry = entry;
        this.problems = problems;
        this.dir = entry.slug() + "/";
    }

    Optional<Tutorial> read() {
        Optional<String> tutorialText = source.read(dir + "tutorial.yaml");
        if (tutorialText.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        Optional<YamlFile> tutorialYaml = YamlFile.parse(dir + "tutorial.yaml", tutorialText.get(), problems);
        Optional<YamlFile> rubricYaml = required("rubric.yaml")
                .flatMap(text -> YamlFile.parse(dir + "rubric.yaml", text, problems));
        String brief = required("brief.md").orElse("");
        String starter = required("starter.d2").orElse("");
        String solution = required("solution.d2").orElse("");
        if (tutorialYaml.isEmpty() || rubricYaml.isEmpty()
                || !rules.checkSchema(tutorialYaml.get(), "tutorial", problems)
                || !rules.checkSchema(rubricYaml.get(), "rubric", problems)) {
            return Optional.empty();
        }
        Rubric rubric = rubric(rubricYaml.get());
        JsonNode t = tutorialYaml.get().root();
        TutorialSummary summary = new TutorialSummary(entry.slug(), entry.position(), entry.level(), entry.minutes(),
                entry.title(), entry.summary(), entry.tags(), entry.artifactType(), true);
        Tutorial tutorial = new Tutorial(summary, brief, Nodes.strings(t, "requirements"), Nodes.strings(t, "constraints"),
                hints(t), practiceChecks(t), rubric, List.of(new StarterFile("starter.d2", starter)), solution);
        rules.checkTutorial(new TutorialFiles(tutorial, tutorialYaml.get(), rubricYaml.get()), problems);
        return problems.size() == before ? Optional.of(tutorial) : Optional.empty();
    }

    private Optional<String> required(String name) {
        Optional<String> text = source.read(dir + name);
        if (text.isEmpty()) {
            problems.add(new ContentProblem(dir + name, 0, "missing: every available tutorial needs " + name));
        }
        return text;
    }

    private static List<Hint> hints(JsonNode t) {
        return Nodes.items(t, "hints").stream()
                .map(h -> new Hint(Nodes.text(h, "id"), Nodes.text(h, "text"), Nodes.strings(h, "criteria")))
                .toList();
    }

    private static List<PracticeCheck> practiceChecks(JsonNode t) {
        List<PracticeCheck> out = new ArrayList<>();
        for (JsonNode c : Nodes.items(t, "practiceChecks")) {
            List<ScenarioStep> setup = Nodes.items(c, "setup").stream().map(TutorialReader::step).toList();
            JsonNode command = c.get("command");
            Topology topology = Topology.byId(Nodes.text(c, "topology")).orElse(Topology.STANDALONE);
            out.add(new PracticeCheck(Nodes.text(c, "id"), Nodes.text(c, "question"), setup,
                    command == null ? new CliStep("A", "", null) : step(command), Nodes.text(c, "answer"),
                    Nodes.strings(c, "choices"), Nodes.text(c, "explanation"), Nodes.stringMap(c, "serverConfig"),
                    topology, Nodes.stringMap(c, "serverOptions")));
        }
        return out;
    }

    /** The schema has already told the step kinds apart; this only maps the one that is there. */
    private static ScenarioStep step(JsonNode s) {
        if (s.has("wait")) {
            return new WaitStep(ScenarioDurations.parse(Nodes.text(s, "wait")));
        }
        if (s.has("restart")) {
            return new RestartStep(Nodes.text(s, "restart"), "kill".equals(Nodes.text(s, "mode")));
        }
        String client = Nodes.text(s, "client");
        String node = s.has("node") ? Nodes.text(s, "node") : null;
        if (s.has("send")) {
            return new RawStep(client, node, Nodes.text(s, "send"), s.has("reply") ? Nodes.text(s, "reply") : null);
        }
        if (s.has("until")) {
            return new CliStep(client, node, Nodes.text(s, "command"), Nodes.text(s, "until"),
                    ScenarioDurations.parse(Nodes.text(s, "within")));
        }
        String reply = s.has("reply") ? Nodes.text(s, "reply") : null;
        return new CliStep(client.isEmpty() ? "A" : client, node, Nodes.text(s, "command"), reply, null);
    }

    private Rubric rubric(YamlFile file) {
        JsonNode r = file.root();
        Map<String, Role> roles = new LinkedHashMap<>();
        JsonNode rolesNode = r.get("roles");
        if (rolesNode != null && rolesNode.isObject()) {
            for (Map.Entry<String, JsonNode> e : rolesNode.properties()) {
                roles.put(e.getKey(), new Role(e.getKey(), Nodes.text(e.getValue(), "title"),
                        Nodes.text(e.getValue(), "description"), Nodes.strings(e.getValue(), "synonyms"),
                        Nodes.strings(e.getValue(), "patterns")));
            }
        }
        SpecReader specs = new SpecReader(file, problems);
        List<Criterion> criteria = new ArrayList<>();
        List<JsonNode> items = Nodes.items(r, "criteria");
        for (int i = 0; i < items.size(); i++) {
            JsonNode c = items.get(i);
            CheckedBy checkedBy = Nodes.enumValue(CheckedBy.class, Nodes.text(c, "checkedBy"), CheckedBy.LLM);
            Spec spec = c.has("check") ? specs.read(c.get("check"), "/criteria/" + i + "/check") : null;
            criteria.add(new Criterion(Nodes.text(c, "id"), Nodes.text(c, "title"), Nodes.text(c, "description"),
                    Nodes.text(c, "why"),
                    Nodes.enumValue(Severity.class, Nodes.text(c, "severity"), Severity.INFORMATIVE), checkedBy, spec));
        }
        return new Rubric(Nodes.integer(r, "version"), roles, criteria, Nodes.text(r, "stretch"));
    }
}
