package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import dev.fivenines.domain.tutorial.Hint;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Practice checks, the hint ladder and progress, for one learner at a time. */
@IntegrationTest
class LearningIT {

    private static final String SLUG = "single-node-key-value-core";

    @Autowired
    WebTestClient http;

    @Autowired
    TutorialCatalog catalog;

    private Tutorial tutorial() {
        return catalog.find(SLUG).orElseThrow();
    }

    private JsonNode post(String learner, String uri, Object body) {
        var spec = http.post().uri(uri).headers(h -> h.setBearerAuth(TestTokens.learner(learner)));
        var response = body == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return response.expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode get(String learner, String uri) {
        return http.get().uri(uri).headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void answerWhenRightInEitherSpellingThenCorrectWithExplanation() {
        var check = tutorial().practiceChecks().getFirst();
        String uri = "/api/v1/tutorials/" + SLUG + "/practice-checks/" + check.id() + "/attempts";
        JsonNode exact = post("pam", uri, Map.of("answer", check.answer()));
        assertThat(exact.path("correct").asBoolean()).isTrue();
        assertThat(exact.path("explanation").asString()).isEqualTo(check.explanation());
        JsonNode wrong = post("pam", uri, Map.of("answer", "(integer) 12345"));
        assertThat(wrong.path("correct").asBoolean()).isFalse();
        assertThat(wrong.path("expected").asString()).isEqualTo(check.answer());
    }

    @Test
    void answerWhenScenarioWithWaitThenTranscriptRevealsEveryStepAndTheRealReply() {
        String uri = "/api/v1/tutorials/expiration-system/practice-checks/deadline-passes-without-a-command/attempts";
        JsonNode result = post("pam", uri, Map.of("answer", "(integer) -1"));
        assertThat(result.path("correct").asBoolean()).isFalse();
        JsonNode transcript = result.path("transcript");
        assertThat(transcript.size()).isEqualTo(4);
        assertThat(transcript.get(0).path("command").asString()).isEqualTo("SET k v PX 1000");
        assertThat(transcript.get(0).path("reply").asString()).isEqualTo("OK");
        assertThat(transcript.get(2).path("kind").asString()).isEqualTo("wait");
        assertThat(transcript.get(2).path("waitMillis").asLong()).isEqualTo(1100);
        assertThat(transcript.get(3).path("command").asString()).isEqualTo("TTL k");
        assertThat(transcript.get(3).path("reply").asString()).isEqualTo("(integer) -2");
    }

    @Test
    void answerWhenRawBytesCheckThenJudgedOnThePredictedBytes() {
        String uri = "/api/v1/tutorials/resp-protocol-parser/practice-checks/inline-command/attempts";
        JsonNode result = post("pam", uri, Map.of("answer", "$11\\r\\nhello world\\r\\n"));
        assertThat(result.path("correct").asBoolean()).isTrue();
        assertThat(result.path("transcript").get(1).path("kind").asString()).isEqualTo("send");
        assertThat(result.path("transcript").get(1).path("reply").asString()).isEqualTo("$11\\r\\nhello world\\r\\n");
    }

    @Test
    void answerWhenCheckUnknownThen404() {
        http.post().uri("/api/v1/tutorials/" + SLUG + "/practice-checks/no-such-check/attempts")
                .headers(h -> h.setBearerAuth(TestTokens.learner("pam")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answer", "x"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void revealNextWhenLatestRevisionFailsACriterionThenTheHintForThatCriterionFirst() {
        String learner = "quin-" + UUID.randomUUID();
        String starter = tutorial().starter().getFirst().content();
        JsonNode submitted = post(learner, "/api/v1/tutorials/" + SLUG + "/submissions", Map.of("source", starter));
        String mostImportantFailing = mostImportantFailing(submitted.path("feedback"));
        Hint expected = tutorial().hints().stream().filter(h -> h.criteria().contains(mostImportantFailing))
                .findFirst().orElseThrow();

        JsonNode first = post(learner, "/api/v1/tutorials/" + SLUG + "/hints/next", null);
        assertThat(first.path("hints").get(0).path("id").asString()).isEqualTo(expected.id());
        assertThat(first.path("remaining").asInt()).isEqualTo(tutorial().hints().size() - 1);

        for (int i = 1; i < tutorial().hints().size(); i++) {
            post(learner, "/api/v1/tutorials/" + SLUG + "/hints/next", null);
        }
        JsonNode afterTheLast = http.post().uri("/api/v1/tutorials/" + SLUG + "/hints/next")
                .headers(h -> h.setBearerAuth(TestTokens.learner(learner))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(afterTheLast.path("note").asString()).startsWith("No more hints");
        assertThat(afterTheLast.path("remaining").asInt()).isZero();
        assertThat(afterTheLast.path("hints").size()).isEqualTo(tutorial().hints().size());
        assertThat(get(learner, "/api/v1/tutorials/" + SLUG + "/hints").path("hints").size())
                .isEqualTo(tutorial().hints().size());
    }

    @Test
    void revealNextWhenTheNewestRevisionIsInvalidThenTheHintTargetsTheLastRevisionThatCompiled() {
        String learner = "uma-" + UUID.randomUUID();
        // the reference solution without DEL's unlinks: it compiles and fails a criterion whose hints come later
        String withoutUnlinks = tutorial().solution().lines().filter(l -> !l.contains("\"unlink k\""))
                .collect(java.util.stream.Collectors.joining("\n"));
        JsonNode compiled = post(learner, "/api/v1/tutorials/" + SLUG + "/submissions", Map.of("source", withoutUnlinks));
        String failing = mostImportantFailing(compiled.path("feedback"));
        Hint expected = tutorial().hints().stream().filter(h -> h.criteria().contains(failing)).findFirst().orElseThrow();
        assertThat(expected.id()).as("a hint the author's order alone would not pick first")
                .isNotEqualTo(tutorial().hints().getFirst().id());
        post(learner, "/api/v1/tutorials/" + SLUG + "/submissions", Map.of("source", "a -> {"));

        JsonNode first = post(learner, "/api/v1/tutorials/" + SLUG + "/hints/next", null);

        assertThat(first.path("hints").get(0).path("id").asString()).isEqualTo(expected.id());
    }

    @Test
    void progressWhenSomeWorkDoneThenEveryTutorialListedWithActivity() {
        String learner = "rae-" + UUID.randomUUID();
        post(learner, "/api/v1/tutorials/" + SLUG + "/submissions", Map.of("source", tutorial().solution()));
        var check = tutorial().practiceChecks().getFirst();
        post(learner, "/api/v1/tutorials/" + SLUG + "/practice-checks/" + check.id() + "/attempts",
                Map.of("answer", check.answer()));
        post(learner, "/api/v1/tutorials/" + SLUG + "/hints/next", null);

        JsonNode progress = get(learner, "/api/v1/me/progress");
        assertThat(progress.path("tutorials").size()).isEqualTo(24);
        JsonNode first = progress.path("tutorials").get(0);
        assertThat(first.path("slug").asString()).isEqualTo(SLUG);
        assertThat(first.path("revisions").asInt()).isEqualTo(1);
        assertThat(first.path("completed").asBoolean()).isTrue();
        assertThat(first.path("hintsUsed").asInt()).isEqualTo(1);
        assertThat(first.path("practiceAnswered").asInt()).isEqualTo(1);
        assertThat(first.path("practiceCorrect").asInt()).isEqualTo(1);
        assertThat(first.path("criteria").get(0).path("verdict").asString()).isEqualTo("PASS");
        JsonNode untouched = progress.path("tutorials").get(1);
        assertThat(untouched.path("revisions").asInt()).isZero();
        assertThat(untouched.path("bestScore").isNull() || untouched.path("bestScore").isMissingNode()).isTrue();
    }

    @Test
    void progressWhenAnInvalidOrWorseRevisionFollowsACompletedOneThenCompletionAndTheLastCompiledVerdictsStay() {
        String learner = "sid-" + UUID.randomUUID();
        String submissions = "/api/v1/tutorials/" + SLUG + "/submissions";
        post(learner, submissions, Map.of("source", tutorial().solution()));
        post(learner, submissions, Map.of("source", "a -> b: \"unterminated\n"));

        JsonNode afterTypo = get(learner, "/api/v1/me/progress").path("tutorials").get(0);
        assertThat(afterTypo.path("completed").asBoolean()).isTrue();
        assertThat(afterTypo.path("bestScore").path("passed").asInt())
                .isEqualTo(afterTypo.path("bestScore").path("total").asInt());
        assertThat(afterTypo.path("criteria").get(0).path("verdict").asString()).isEqualTo("PASS");

        post(learner, submissions, Map.of("source", tutorial().starter().getFirst().content()));
        JsonNode afterStarter = get(learner, "/api/v1/me/progress").path("tutorials").get(0);
        assertThat(afterStarter.path("completed").asBoolean()).isTrue();
        assertThat(afterStarter.path("criteria").valueStream().map(c -> c.path("verdict").asString()))
                .contains("MISSING");
    }

    /** By severity, then the rubric's own order: the author lists criteria from the most basic. */
    private String mostImportantFailing(JsonNode feedback) {
        java.util.Set<String> failing = new java.util.HashSet<>();
        for (JsonNode finding : feedback.path("findings")) {
            String verdict = finding.path("verdict").asString();
            if (verdict.equals("MISSING") || verdict.equals("BROKEN")) {
                failing.add(finding.path("criterionId").asString());
            }
        }
        return tutorial().rubric().criteria().stream()
                .filter(c -> failing.contains(c.id()))
                .sorted(java.util.Comparator.comparing(c -> c.severity()))
                .map(c -> c.id())
                .findFirst().orElseThrow(() -> new AssertionError("the starter should fail a criterion"));
    }
}
