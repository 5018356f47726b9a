package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Reading;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader on learner styles the object-model and RESP fourth held-out halves showed. One
 * capability per test, on small snippets.
 */
class ReaderHeldout4Test {

    private static final Tutorial RESP = YamlTutorialCatalog.bundled().find("resp-protocol-parser").orElseThrow();
    private static final Tutorial OBJECT_MODEL = YamlTutorialCatalog.bundled().find("redis-object-model").orElseThrow();
    private static final DiagramReviewService REVIEW = new DiagramReviewService();

    /** The ids of the elements read as playing the role. */
    private static List<String> ids(FeedbackReport r, String role) {
        return r.reading().roles().stream().filter(x -> x.role().equals(role)).findFirst().orElseThrow()
                .elements().stream().map(Reading.ReadElement::id).toList();
    }

    @Test
    void readWhenAMarkdownBlockIsJoinedToTwoElementsThenItIsAStepNamedByItsHeading() {
        FeedbackReport r = REVIEW.analyze(RESP, """
                hdr: |md
                  ### Array header
                  Reads `*<n>` up to its CR.
                |
                len: |md
                  ### Bulk length
                  Reads `$<len>`.
                |
                tip: |md
                  **Note**: the length is checked before the payload arrives.
                |
                body: "payload"
                start: "request start"
                start -> hdr
                hdr -> len: "n > 0"
                len -> body
                tip -> len
                """);
        assertThat(ids(r, "array-header")).containsExactly("hdr");
        assertThat(ids(r, "bulk-length")).containsExactly("len");
        assertThat(r.reading().roles()).flatExtracting(Reading.RoleReading::elements)
                .extracting(Reading.ReadElement::id).doesNotContain("tip");
    }

    @Test
    void reviewWhenAnArrowNamesARoleOnlyInAParentheticalSentenceThenItDoesNotCarryThatRole() {
        String diagram = """
                start: "request start"
                hdr: "array header"
                len: "bulk length"
                body: "payload"
                exec: "command execution"
                perr: "protocol error"
                closed: "connection closed"
                start -> hdr -> len -> body -> exec
                len -> perr: "bad length"
                perr -> closed: "after the -ERR reply is written"
                exec -> start: "done (command errors like unknown command are ordinary replies)"
                """;
        FeedbackReport r = REVIEW.analyze(RESP, diagram);
        assertThat(r.findings()).filteredOn(f -> f.criterionId().equals("protocol-error-closes"))
                .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(dev.fivenines.domain.feedback.Verdict.PASS));
        FeedbackReport named = REVIEW.analyze(RESP, diagram.replace("done (command errors like unknown command are ordinary replies)",
                "protocol error"));
        assertThat(named.findings()).filteredOn(f -> f.criterionId().equals("protocol-error-closes"))
                .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(dev.fivenines.domain.feedback.Verdict.BROKEN));
    }

    @Test
    void readWhenAFreeTextParagraphTouchesNoArrowThenItIsANoteEvenOverSeveralLines() {
        String diagram = """
                zset: "Sorted set (items with scores)"
                packed: "listpack"
                ladder: "skiplist"
                zset -> packed: "small"
                zset -> ladder: "big"
                rule: "Deleting items never packs a hash, sorted set or set back up.\\nOnly a reload packs it again." {shape: text}
                """;
        assertThat(ids(REVIEW.analyze(OBJECT_MODEL, diagram), "zset-type")).containsExactly("zset");
        // the same words drawn as a box are a name with detail lines, which still plays
        assertThat(ids(REVIEW.analyze(OBJECT_MODEL, diagram.replace(" {shape: text}", "")), "zset-type")).contains("rule");
    }
}
