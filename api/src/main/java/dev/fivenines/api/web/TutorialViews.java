package dev.fivenines.api.web;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.Criterion;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.RawStep;
import dev.fivenines.domain.tutorial.RestartStep;
import dev.fivenines.domain.tutorial.ScenarioStep;
import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.domain.tutorial.StarterFile;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialSummary;
import dev.fivenines.domain.tutorial.WaitStep;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The catalog's JSON shapes (ARCHITECTURE.md section 6), mapped from the domain. */
final class TutorialViews {

    private TutorialViews() {
    }

    record CatalogPage(List<TutorialSummaryView> items) {
    }

    /** @param available false for tutorials still "coming soon" (metadata only) */
    record TutorialSummaryView(String slug, String title, String summary, String level, int minutes, List<String> tags,
                       String artifactType, int position, boolean available) {

        static TutorialSummaryView of(TutorialSummary s) {
            return new TutorialSummaryView(s.slug(), s.title(), s.summary(), s.level().id(), s.minutes(), s.tags(),
                    s.artifactType().id(), s.position(), s.available());
        }
    }

    /**
     * @param brief     the mechanism brief as CommonMark, as the author wrote it
     * @param briefHtml the same brief rendered to HTML and passed through an allow-list sanitiser:
     *                  safe to insert into a page as is (no script, event handler or script URL)
     */
    record TutorialView(String slug, String title, String summary, String level, int minutes, List<String> tags,
                        String artifactType, int position,
                        @Schema(description = "The mechanism brief as CommonMark (GitHub tables), as its author wrote it. "
                                + "Render it with a sanitising renderer, or use briefHtml.") String brief,
                        @Schema(description = "The brief rendered to HTML and passed through an allow-list sanitiser "
                                + "(OWASP Java HTML Sanitizer): headings, paragraphs, lists, tables, code, emphasis, "
                                + "http(s)/mailto links and http(s) images only; no script, event handler or script URL. "
                                + "Safe to insert into a page as is.") String briefHtml,
                        List<String> requirements,
                        List<String> constraints, RubricView rubric, List<RoleView> roles, StarterView starter,
                        List<PracticeCheckView> practiceChecks, int hintCount) {

        static TutorialView of(Tutorial t) {
            TutorialSummary s = t.summary();
            return new TutorialView(s.slug(), s.title(), s.summary(), s.level().id(), s.minutes(), s.tags(),
                    s.artifactType().id(), s.position(), t.brief(), BriefHtml.render(t.brief()), t.requirements(), t.constraints(),
                    new RubricView(t.rubric().version(), t.rubric().criteria().stream().map(CriterionView::of).toList()),
                    t.rubric().roles().values().stream().map(RoleView::of).toList(),
                    new StarterView(t.starter().stream().map(FileView::of).toList()),
                    t.practiceChecks().stream().map(PracticeCheckView::of).toList(),
                    t.hints().size());
        }
    }

    record RubricView(int version, List<CriterionView> criteria) {
    }

    /**
     * @param why       one sentence on why it matters in Redis; empty when the rubric gives none
     * @param checkedBy STRUCTURAL, LLM or BOTH
     */
    record CriterionView(String id, String title, String description, String why, String severity, String checkedBy) {
        static CriterionView of(Criterion c) {
            return new CriterionView(c.id(), c.title(), c.description(), c.why(), c.severity().name(),
                    c.checkedBy().name());
        }
    }

    /**
     * A part of the mechanism the feedback looks for. A learner whose element is read as the wrong
     * thing settles it with a D2 class of this name ({@code u3.class: executor}).
     */
    record RoleView(String name, String title, String description) {
        static RoleView of(Role r) {
            return new RoleView(r.name(), r.title(), r.description());
        }
    }

    record StarterView(List<FileView> files) {
    }

    record FileView(String name, String content) {
        static FileView of(StarterFile f) {
            return new FileView(f.name(), f.content());
        }
    }

    /**
     * A practice check as the learner first sees it: the scenario and the question, never the
     * answer or the explanation (those come back only after an attempt).
     *
     * @param topology      the servers the scenario runs on: standalone, replica, cluster or sentinel
     * @param serverOptions redis-server options the scenario's servers start with ({@code requirepass})
     */
    record PracticeCheckView(String id, String question, List<StepView> setup, StepView command, List<String> choices,
                             @Schema(description = "The servers the scenario runs on: standalone (node server), replica "
                                     + "(primary, replica), cluster (m1, m2, m3) or sentinel (primary, replica, s1, s2, s3).")
                             String topology,
                             @Schema(description = "redis-server options the scenario's servers start with, e.g. "
                                     + "{\"requirepass\": \"pw\"} for redis-server --requirepass pw; empty for none.")
                             Map<String, String> serverOptions) {
        static PracticeCheckView of(PracticeCheck p) {
            return new PracticeCheckView(p.id(), p.question(), p.setup().stream().map(StepView::of).toList(),
                    StepView.of(p.command()), p.choices(), p.topology().id(), new TreeMap<>(p.serverOptions()));
        }
    }

    /**
     * One step of a practice check's scenario, as the learner would run it.
     *
     * @param reply what Redis replied for a setup step (and for every step of an attempt's
     *              transcript); null for the asked step of a question and for waits and restarts
     */
    record StepView(
            @Schema(description = "command: a line typed at the redis-cli prompt; send: bytes written as they are on a "
                    + "plain TCP connection (printf '...' | nc); wait: time passes; restart: the server stops (graceful: "
                    + "SIGTERM, kill: kill -9) and starts again on the same directory.",
                    allowableValues = {"command", "send", "wait", "restart"}) String kind,
            @Schema(description = "The connection the step uses (steps with the same client share one); null for wait "
                    + "and restart.") String client,
            @Schema(description = "The node the step runs on, or the node restarted; null means the topology's first "
                    + "node.") String node,
            @Schema(description = "What the learner does, as text: the redis-cli line; for send the bytes (as in "
                    + "`send`); for wait and restart a short description (\"wait 400ms\", \"restart server (kill -9)\").")
            String command,
            @Schema(description = "For send: the bytes in printf notation (printable ASCII, \\r \\n \\t \\\\ \\xHH); "
                    + "null otherwise.") String send,
            @Schema(description = "The reply as redis-cli prints it, or for send the bytes that came back in printf "
                    + "notation, then \"[connection closed by server]\" on its own line if the server closed the "
                    + "connection, or \"(no reply)\". Placeholders such as {{int}} stand for any value.") String reply,
            @Schema(description = "When set, the command is repeated until its reply matches `reply`, for at most this "
                    + "many milliseconds (a replica catching up, a failover).") Long pollWithinMillis,
            @Schema(description = "For wait: how long, in milliseconds; null otherwise.") Long waitMillis) {

        static StepView of(ScenarioStep step) {
            return switch (step) {
                case CliStep cli -> new StepView("command", cli.client(), cli.node(), cli.command(), null, cli.reply(),
                        cli.polls() ? cli.pollLimit().toMillis() : null, null);
                case RawStep raw -> new StepView("send", raw.client(), raw.node(), raw.bytes(), raw.bytes(), raw.reply(),
                        null, null);
                case WaitStep wait -> new StepView("wait", null, null, "wait " + wait.duration().toMillis() + "ms", null,
                        null, null, wait.duration().toMillis());
                case RestartStep restart -> new StepView("restart", null, restart.node(), "restart " + restart.node()
                        + (restart.kill() ? " (kill -9)" : " (SIGTERM)"), null, null, null, null);
            };
        }
    }
}
