package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator over the bundled content and over deliberately broken copies of it: each kind of
 * problem must be reported with the file and the line an author has to fix.
 */
class ContentValidateCommandTest {

    static final String SLUG = "single-node-key-value-core";
    static final List<String> FILES = List.of("tutorial.yaml", "rubric.yaml", "brief.md", "starter.d2", "solution.d2");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyBundledContent() throws IOException {
        ContentSource bundled = ContentSource.bundled();
        Files.writeString(dir.resolve("catalog.yaml"), bundled.read("catalog.yaml").orElseThrow());
        Files.createDirectories(dir.resolve(SLUG));
        for (String f : FILES) {
            Files.writeString(dir.resolve(SLUG).resolve(f), bundled.read(SLUG + "/" + f).orElseThrow());
        }
    }

    private int run(String... args) {
        return ContentValidateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Replaces the first occurrence and returns the 1-based line where the replacement starts. */
    private int replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        int at = text.indexOf(from);
        assertThat(at).as("fixture text '%s' in %s", from, file).isNotNegative();
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void runWhenBundledContentThenExit0() {
        assertThat(run()).as(output()).isZero();
        assertThat(output()).startsWith("ok: 24 tutorials");
    }

    @Test
    void runWhenCopiedDirectoryIsValidThenExit0() {
        assertThat(run(dir.toString())).as(output()).isZero();
    }

    @Test
    void runWhenHintNamesUnknownCriterionThenReportsTutorialYamlLine() throws IOException {
        int line = replace(SLUG + "/tutorial.yaml", "criteria: [participants]", "criteria: [participantz]");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(SLUG + "/tutorial.yaml:" + line + ": hint 'who-owns-the-keyspace' refers to criterion 'participantz'");
    }

    @Test
    void runWhenBriefHoldsAScriptBlockThenReportsBriefLine() throws IOException {
        int line = replace(SLUG + "/brief.md", "## Who takes part", "<div>\n<script>alert(document.cookie)</script>\n</div>\n\n## Who takes part");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(SLUG + "/brief.md:" + (line + 1) + ": raw HTML with a <script> element");
    }

    @Test
    void runWhenBriefHoldsAnEventHandlerOrAScriptLinkThenReportsEachLine() throws IOException {
        int img = replace(SLUG + "/brief.md", "## Who takes part", "Look <img src=x onerror=alert(1)> here.\n\n## Who takes part");
        int link = replace(SLUG + "/brief.md", "## Who takes part", "[docs](javascript:alert(1))\n\n## Who takes part");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(SLUG + "/brief.md:" + img + ": raw HTML with a onerror handler")
                .contains(SLUG + "/brief.md:" + link + ": a link to a script URL (javascript:)");
    }

    @Test
    void runWhenHintHoldsActiveHtmlThenReportsTutorialYamlLine() throws IOException {
        int line = replace(SLUG + "/tutorial.yaml", "text: The executor never sees raw bytes.",
                "text: <a href=\"javascript:alert(1)\">The</a> executor never sees raw bytes.");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(SLUG + "/tutorial.yaml:" + line + ": raw HTML with a javascript: URL");
    }

    @Test
    void runWhenSpecUsesUndeclaredRoleThenReportsRubricLine() throws IOException {
        int line = replace(SLUG + "/rubric.yaml", "- role: keyspace", "- role: keyspac");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern(SLUG + "/rubric.yaml:\\d+: criterion 'participants' uses role 'keyspac'");
        assertThat(line).isPositive();
    }

    @Test
    void runWhenCatalogLevelUnknownThenSchemaErrorOnThatLine() throws IOException {
        int line = replace("catalog.yaml", "level: advanced", "level: expert");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains("catalog.yaml:" + line + ":");
    }

    @Test
    void runWhenChoicesLackTheAnswerThenReported() throws IOException {
        int line = replace(SLUG + "/tutorial.yaml", "choices: [\"(integer) -1\", ", "choices: [");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(SLUG + "/tutorial.yaml:" + line + ": practice check 'set-clears-ttl': choices do not contain the answer");
    }

    @Test
    void runWhenYamlBrokenThenReportedWithLineNotThrown() throws IOException {
        replace(SLUG + "/rubric.yaml", "roles:", "roles: [unclosed");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern(SLUG + "/rubric.yaml:\\d+: not valid YAML");
    }

    @Test
    void runWhenUnknownPredicateThenReported() throws IOException {
        replace(SLUG + "/rubric.yaml", "- role: client", "- rol: client");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern(SLUG + "/rubric.yaml:\\d+: ");
    }

    @Test
    void runWhenCheckHasTwoPredicatesThenSchemaErrorOnThatCriterion() throws IOException {
        int line = replace(SLUG + "/rubric.yaml", "      all:\n", "      role: client\n      all:\n");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern(SLUG + "/rubric.yaml:(" + line + "|" + (line - 1) + "): ");
    }

    @Test
    void runWhenLlmCriterionCarriesACheckThenSchemaError() throws IOException {
        // a structural criterion turned into an LLM one keeps its check, which the schema forbids
        replace(SLUG + "/rubric.yaml", "    checkedBy: STRUCTURAL\n", "    checkedBy: LLM\n");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern(SLUG + "/rubric.yaml:\\d+: ");
    }

    @Test
    void runWhenRequiredFileMissingThenReported() throws IOException {
        Files.delete(dir.resolve(SLUG).resolve("solution.d2"));
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(SLUG + "/solution.d2:0: missing");
    }

    @Test
    void runWhenDuplicateCriterionIdThenReported() throws IOException {
        int line = replace(SLUG + "/rubric.yaml", "- id: del-replies-count", "- id: del-unlinks-key");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(output()).contains(SLUG + "/rubric.yaml:" + line + ": duplicate criterion id 'del-unlinks-key'");
    }

    @Test
    void runWhenDirectoryMissingThenExit2() {
        assertThat(run(dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a content directory");
    }

    @Test
    void runWhenTooManyArgumentsThenExit2() {
        assertThat(run("a", "b")).isEqualTo(2);
    }

    /** Malformed scenario steps in a practice check, each reported where the author wrote it. */
    @Nested
    class Scenarios {

        private static final String TUTORIAL = SLUG + "/tutorial.yaml";
        private static final String SETUP_STEP = "{client: A, command: \"SET k v EX 100\", reply: \"OK\"}";

        @Test
        void runWhenStepNamesANodeOutsideTheTopologyThenReportsItsLine() throws IOException {
            int line = replace(TUTORIAL, SETUP_STEP, "{client: A, node: replica, command: \"SET k v EX 100\", reply: \"OK\"}");
            assertThat(run(dir.toString())).isEqualTo(1);
            assertThat(output()).contains(TUTORIAL + ":" + line
                    + ": practice check 'set-clears-ttl': no node 'replica' in the standalone topology (server)");
        }

        @Test
        void runWhenRawBytesHoldAnUnknownEscapeThenReportsItsLine() throws IOException {
            int line = replace(TUTORIAL, SETUP_STEP, "{client: R, send: '*1\\r\\n$4\\q', reply: '(no reply)'}");
            assertThat(run(dir.toString())).isEqualTo(1);
            assertThat(output()).contains(TUTORIAL + ":" + line
                    + ": practice check 'set-clears-ttl': bad raw bytes: unknown escape \\q at character 9");
        }

        @Test
        void runWhenWaitIsLongerThanTheLimitThenReportsItsLine() throws IOException {
            int line = replace(TUTORIAL, SETUP_STEP, "{wait: 60s}");
            assertThat(run(dir.toString())).isEqualTo(1);
            assertThat(output()).contains(TUTORIAL + ":" + line
                    + ": practice check 'set-clears-ttl': waits may last at most 5 s");
        }

        @Test
        void runWhenStepHasBothReplyAndUntilThenSchemaErrorOnItsLine() throws IOException {
            int line = replace(TUTORIAL, SETUP_STEP,
                    "{client: A, command: \"SET k v EX 100\", reply: \"OK\", until: \"OK\", within: 1s}");
            assertThat(run(dir.toString())).isEqualTo(1);
            assertThat(output()).contains(TUTORIAL + ":" + line + ":");
        }

        @Test
        void runWhenClientSwitchesFromRedisCliToRawThenReportsItsLine() throws IOException {
            int line = replace(TUTORIAL, SETUP_STEP, "{client: A, send: 'PING\\r\\n', reply: '+PONG\\r\\n'}");
            assertThat(run(dir.toString())).isEqualTo(1);
            assertThat(output()).contains(TUTORIAL + ":" + (line + 2)
                    + ": practice check 'set-clears-ttl': client A is used both for raw bytes and for redis-cli");
        }

        @Test
        void runWhenServerOptionsSetThePortThenReportsItsLine() throws IOException {
            int line = replace(TUTORIAL, "    command: {client: A, command: \"TTL k\"}",
                    "    command: {client: A, command: \"TTL k\"}\n    serverOptions: {port: 7000}");
            assertThat(run(dir.toString())).isEqualTo(1);
            assertThat(output()).contains(TUTORIAL + ":" + (line + 1)
                    + ": practice check 'set-clears-ttl': serverOptions may not set 'port', the test harness owns it");
        }

        @Test
        void runWhenRestartNamesASentinelThenReportsItsLine() throws IOException {
            replace(TUTORIAL, "    command: {client: A, command: \"TTL k\"}",
                    "    command: {client: A, command: \"TTL k\"}\n    topology: sentinel");
            int line = replace(TUTORIAL, SETUP_STEP, "{restart: s1, mode: kill}");
            assertThat(run(dir.toString())).isEqualTo(1);
            assertThat(output()).contains(TUTORIAL + ":" + line
                    + ": practice check 'set-clears-ttl': 's1' is not a redis-server of the sentinel topology (primary, replica)");
        }
    }
}
