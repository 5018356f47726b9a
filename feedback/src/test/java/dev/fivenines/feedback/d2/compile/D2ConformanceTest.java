package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fivenines.feedback.d2.cli.D2GraphJson;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compiles every case of the shared conformance corpus (ground truth from the real d2 v0.7.1) and
 * reports validity, graph and first-error-line agreement. Skips when {@code ../shared} is absent.
 * The floors asserted are the figures honestly reached; raise them as the compiler improves.
 */
class D2ConformanceTest {

    private static final double VALIDITY_FLOOR = 0.996;
    private static final double GRAPH_FLOOR = 0.989;
    private static final double FIRST_ERROR_LINE_FLOOR = 0.98;

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final D2Compiler compiler = new D2Compiler();

    @Test
    void compileWhenCorpusPresentThenAgreesWithRealD2() throws IOException {
        Path corpus = Path.of(System.getProperty("fivenines.shared.dir", "../shared"), "d2", "conformance");
        assumeTrue(Files.isDirectory(corpus.resolve("expected")), "conformance corpus absent: " + corpus);
        Tally tally = new Tally();
        try (Stream<Path> files = Files.list(corpus.resolve("expected"))) {
            for (Path expectedFile : files.sorted().toList()) {
                check(corpus, expectedFile, tally);
            }
        }
        String report = tally.report();
        System.out.println(report);
        Path out = Path.of("target", "conformance-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + String.join("\n", tally.disagreements) + "\n", StandardCharsets.UTF_8);

        assertThat(tally.validity()).isGreaterThanOrEqualTo(VALIDITY_FLOOR);
        assertThat(tally.graph()).isGreaterThanOrEqualTo(GRAPH_FLOOR);
        assertThat(tally.firstErrorLine()).isGreaterThanOrEqualTo(FIRST_ERROR_LINE_FLOOR);
    }

    private void check(Path corpus, Path expectedFile, Tally tally) throws IOException {
        JsonNode expected = mapper.readTree(expectedFile.toFile());
        String name = expected.get("case").asString();
        String entryName = expected.has("entry") ? expected.get("entry").asString() : name + ".d2";
        String text = Files.readString(corpus.resolve("cases").resolve(name + ".d2"), StandardCharsets.UTF_8);
        SourceText entry = new SourceText(entryName, text);
        FileResolver resolver = new FileSystemResolver(corpus.resolve("cases").resolve(name + ".files"));
        DiagramGraph graph = compiler.compile(entry, resolver);
        JsonNode actual = D2GraphJson.toNode(entryName, entry, graph);
        tally.count(name, expected, actual);
    }

    /** Agreement counters and the list of disagreeing cases. */
    private static final class Tally {
        int cases;
        int validityAgree;
        int bothValid;
        int graphAgree;
        int expectedInvalid;
        int lineAgree;
        final List<String> disagreements = new ArrayList<>();
        final Map<String, Integer> reasons = new TreeMap<>();

        void count(String name, JsonNode expected, JsonNode actual) {
            cases++;
            boolean expectedValid = expected.get("valid").asBoolean();
            boolean actualValid = actual.get("valid").asBoolean();
            if (expectedValid != actualValid) {
                String why = expectedValid ? "rejected valid: " + firstError(actual) : "accepted invalid, d2 says: "
                        + firstError(expected);
                disagree(name, expectedValid ? "validity/false-reject" : "validity/false-accept", why);
                if (!expectedValid) {
                    expectedInvalid++;
                }
                return;
            }
            validityAgree++;
            if (expectedValid) {
                bothValid++;
                String difference = GraphComparison.difference(expected, actual, "");
                if (difference == null) {
                    graphAgree++;
                } else {
                    disagree(name, "graph/" + difference.replaceAll("[\\[:].*", ""), difference);
                }
                return;
            }
            expectedInvalid++;
            int expectedLine = expected.get("errors").get(0).get("line").asInt();
            int actualLine = actual.get("errors").get(0).get("line").asInt();
            if (expectedLine == actualLine) {
                lineAgree++;
            } else {
                disagree(name, "first-error-line", "line " + actualLine + " instead of " + expectedLine + ": "
                        + firstError(expected) + " / ours: " + firstError(actual));
            }
        }

        private void disagree(String name, String category, String why) {
            disagreements.add(name + "\t" + category + "\t" + why);
            reasons.merge(category, 1, Integer::sum);
        }

        private static String firstError(JsonNode result) {
            JsonNode errors = result.get("errors");
            if (errors == null || errors.isEmpty()) {
                return "(no error)";
            }
            JsonNode first = errors.get(0);
            return first.get("line").asInt() + ":" + first.get("col").asInt() + " " + first.get("message").asString();
        }

        double validity() {
            return (double) validityAgree / cases;
        }

        double graph() {
            return bothValid == 0 ? 0 : (double) graphAgree / bothValid;
        }

        double firstErrorLine() {
            return expectedInvalid == 0 ? 0 : (double) lineAgree / expectedInvalid;
        }

        String report() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("D2 conformance: %d cases%n", cases));
            out.append(String.format("  validity agreement        %d/%d = %.2f%%%n", validityAgree, cases, 100 * validity()));
            out.append(String.format("  graph agreement (valid)   %d/%d = %.2f%%%n", graphAgree, bothValid, 100 * graph()));
            out.append(String.format("  first-error line (invalid) %d/%d = %.2f%%%n", lineAgree, expectedInvalid,
                    100 * firstErrorLine()));
            out.append("  disagreements by category:\n");
            reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.append(String.format("    %5d %s%n", e.getValue(), e.getKey())));
            return out.toString();
        }
    }
}
