package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Reading;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader on learner styles the expiration rubric's third held-out half showed: sentences whose
 * role is said first by a pattern, a receiver's sentence, a one-line description listing what a
 * merged box feeds, and terse names of clipped words. One capability per test, on small snippets.
 */
class ReaderStyleTest {

    private static final Tutorial EXPIRATION = YamlTutorialCatalog.bundled().find("expiration-system").orElseThrow();
    private static final DiagramReviewService REVIEW = new DiagramReviewService();

    /** The ids of the elements read as playing the role. */
    private static List<String> ids(FeedbackReport r, String role) {
        return r.reading().roles().stream().filter(x -> x.role().equals(role)).findFirst().orElseThrow()
                .elements().stream().map(Reading.ReadElement::id).toList();
    }

    @Test
    void readWhenASentenceNamesARoleFirstByAPatternOnTheRawTextThenThatRoleIsRead() {
        // "10%" is in the raw text only (the normalised text drops "%"), before "sample"
        FeedbackReport r = REVIEW.analyze(EXPIRATION, """
                s: "Sample up to 20 keys with a TTL"
                q: "> 10% of sample stale?" {shape: diamond}
                s -> q
                q -> s: yes
                """);
        assertThat(ids(r, "repeat-check")).containsExactly("q");
        assertThat(ids(r, "sampling-step")).containsExactly("s");
    }

    @Test
    void readWhenAShortSubjectGetsSomethingThenTheStepIsWhatItGets() {
        FeedbackReport r = REVIEW.analyze(EXPIRATION, """
                a: "The app got nil"
                b: "The client gets nil"
                c: "The app connected"
                c -> a
                c -> b
                """);
        assertThat(ids(r, "missing-reply")).containsExactly("a", "b");
        assertThat(ids(r, "client")).containsExactly("c");
    }

    @Test
    void readWhenAOneLineDescriptionListsTheTitlesRoleAndOthersThenTheBoxPlaysThemAll() {
        FeedbackReport r = REVIEW.analyze(EXPIRATION, """
                p: "propagateNow: replication stream to replicas AND append to AOF (same commands to both)"
                c: "activeExpireCycle\\nfrom saved db index and dict cursor"
                d: "activeExpireCycle: from the saved db index and dict cursor"
                c -> d -> p
                """);
        assertThat(ids(r, "replication")).containsExactly("p");
        assertThat(ids(r, "aof")).containsExactly("p");
        // detail lines under a title are details; a description whose parts do not all name roles lists nothing
        assertThat(ids(r, "keyspace")).isEmpty();
    }

    @Test
    void readWhenANameIsWordsClippedFromASynonymThenItPlaysThatRole() {
        // "db.exp" clips "db expires" ("db" is written whole); "db.ok" clips nothing
        FeedbackReport r = REVIEW.analyze(EXPIRATION, """
                xd: "db.exp (k->ms)"
                zz: "db.ok (k->v)"
                xd -> zz
                """);
        assertThat(ids(r, "expires-dict")).containsExactly("xd");
        assertThat(r.reading().roles()).noneSatisfy(x -> assertThat(x.elements()).anySatisfy(e -> assertThat(e.id()).isEqualTo("zz")));
    }

    @Test
    void readWhenADecisionAsksMasterNodeThenItIsTheMasterCheck() {
        FeedbackReport r = REVIEW.analyze(EXPIRATION, """
                cron: serverCron
                m: "Master node?" {shape: diamond}
                cycle: activeExpireCycle
                cron -> m
                m -> cycle: yes
                """);
        assertThat(ids(r, "master-check")).containsExactly("m");
    }

    @Test
    void readWhenANameHoldsAKeysNameThenItsWordPlaysNoRole() {
        // "user:1" is a key, not the user (the client)
        FeedbackReport r = REVIEW.analyze(EXPIRATION, """
                c: client
                h: "HGET / HSET user:1 ... (lookupKey)"
                c -> h
                """);
        assertThat(ids(r, "key-lookup")).containsExactly("h");
        assertThat(ids(r, "client")).containsExactly("c");
    }

    @Test
    void readWhenAStepRunsSomethingOrItsObjectNamesNothingThenItIsWhatItRunsOrItsSubjects() {
        FeedbackReport r = REVIEW.analyze(EXPIRATION, """
                s: "The client runs EXPIRE or SET with EX, which asks Redis to give the key a time to live."
                c: "Redis adds the TTL to the current time and gets an absolute deadline in unix milliseconds."
                i: "A replica never runs the cycle."
                s -> c -> i
                """);
        assertThat(ids(r, "ttl-command")).containsExactly("s");
        // "gets" is the verb of a part going on with the same subject, no GET
        assertThat(ids(r, "key-lookup")).isEmpty();
        assertThat(ids(r, "active-cycle")).isEmpty();
    }

    @Test
    void reviewWhenTheOnlyAbsoluteWayToTheReplicasIsAnExpirysDelThenTheTtlIsNotPropagatedAbsolute() {
        String relative = """
                set: "SET otp 1234 EX 300"
                abs: "deadline = now + 300000 ms (absolute)"
                exp: "expires dict"
                del: "delete otp"
                fwd: "forwarded unchanged: SET otp 1234 EX 300"
                repl: "replicas"
                set -> abs -> exp -> del -> repl: "DEL otp"
                set -> fwd -> repl
                """;
        FeedbackReport r = REVIEW.analyze(EXPIRATION, relative);
        assertThat(r.findings()).filteredOn(f -> f.criterionId().equals("ttl-propagated-absolute"))
                .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(dev.fivenines.domain.feedback.Verdict.MISSING));
        FeedbackReport absolute = REVIEW.analyze(EXPIRATION, relative.replace("forwarded unchanged: SET otp 1234 EX 300", "SET otp 1234 PXAT <unix ms>"));
        assertThat(absolute.findings()).filteredOn(f -> f.criterionId().equals("ttl-propagated-absolute"))
                .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(dev.fivenines.domain.feedback.Verdict.PASS));
    }

    @Test
    void reviewWhenTheCycleRunsInsideABoxThatIsAReplicaTooThenReplicasDoNotWait() {
        String everyNode = """
                node: "every node (master + each replica)" {
                  cycle: "activeExpireCycle"
                  sample: "sample up to 20 keys with a TTL"
                  cycle -> sample
                }
                """;
        FeedbackReport r = REVIEW.analyze(EXPIRATION, everyNode);
        assertThat(r.findings()).filteredOn(f -> f.criterionId().equals("replicas-wait-for-master"))
                .singleElement().satisfies(f -> {
                    assertThat(f.verdict()).isEqualTo(dev.fivenines.domain.feedback.Verdict.BROKEN);
                    assertThat(f.message()).contains("inside the replication");
                });
    }
}
