package dev.fivenines.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint, called as anonymous, learner A, learner B and admin, answers the expected status.
 * Learner B never sees learner A's submission or its events: 404, as if it did not exist.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String SLUG = "single-node-key-value-core";
    private static final String A = "matrix-a-" + UUID.randomUUID();
    private static final String B = "matrix-b-" + UUID.randomUUID();

    enum Caller { ANONYMOUS, LEARNER_A, LEARNER_B, ADMIN }

    record Call(HttpMethod method, String path, Object body, int anonymous, int learnerA, int learnerB, int admin) {
        int expected(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> anonymous;
                case LEARNER_A -> learnerA;
                case LEARNER_B -> learnerB;
                case ADMIN -> admin;
            };
        }
    }

    @Autowired
    WebTestClient http;

    private String submissionOfA;

    @BeforeAll
    void learnerASubmits() {
        JsonNode created = http.post().uri("/api/v1/tutorials/{slug}/submissions", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.learner(A)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("source", "client -> server: SET k v"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        submissionOfA = created.path("id").asString();
    }

    List<Call> calls() {
        String tutorial = "/api/v1/tutorials/" + SLUG;
        String practice = tutorial + "/practice-checks/set-clears-ttl/attempts";
        Function<String, String> ofA = suffix -> "/api/v1/submissions/" + submissionOfA + suffix;
        List<Call> calls = new ArrayList<>(List.of(
                new Call(HttpMethod.GET, "/api/v1/tutorials", null, 200, 200, 200, 200),
                new Call(HttpMethod.GET, tutorial, null, 200, 200, 200, 200),
                new Call(HttpMethod.POST, "/api/v1/d2/diagnostics", Map.of("source", "a -> b"), 200, 200, 200, 200),
                new Call(HttpMethod.POST, tutorial + "/submissions", Map.of("source", "a -> b"), 401, 201, 201, 201),
                new Call(HttpMethod.GET, "/api/v1/submissions", null, 401, 200, 200, 200),
                new Call(HttpMethod.GET, ofA.apply(""), null, 401, 200, 404, 200),
                new Call(HttpMethod.GET, ofA.apply("/events"), null, 401, 200, 404, 200),
                new Call(HttpMethod.GET, "/api/v1/me/progress", null, 401, 200, 200, 200),
                new Call(HttpMethod.POST, practice, Map.of("answer", "(integer) -1"), 401, 200, 200, 200),
                new Call(HttpMethod.GET, tutorial + "/hints", null, 401, 200, 200, 200),
                new Call(HttpMethod.GET, "/api/v1/admin/tutorials", null, 401, 403, 403, 200),
                new Call(HttpMethod.GET, "/api/v1/admin/tutorials/" + SLUG + "/versions", null, 401, 403, 403, 200),
                new Call(HttpMethod.POST, "/api/v1/admin/tutorials/" + SLUG + "/versions", Map.of("files", Map.of()),
                        401, 403, 403, 400),
                new Call(HttpMethod.POST, "/api/v1/admin/tutorials/" + SLUG + "/versions/0/activate", null, 401, 403, 403, 204),
                new Call(HttpMethod.GET, "/api/v1/admin/stats", null, 401, 403, 403, 200),
                new Call(HttpMethod.GET, "/api/v1/admin/exports/submissions", null, 401, 403, 403, 200)));
        return calls;
    }

    List<Object[]> matrix() {
        List<Object[]> rows = new ArrayList<>();
        for (Call call : calls()) {
            for (Caller caller : Caller.values()) {
                rows.add(new Object[] {call.method() + " " + call.path().replace(String.valueOf(submissionOfA), "{id}"),
                        caller, call});
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void callWhenMadeAsCallerThenExpectedStatus(String name, Caller caller, Call call) {
        var spec = http.method(call.method()).uri(call.path()).headers(h -> {
            switch (caller) {
                case LEARNER_A -> h.setBearerAuth(TestTokens.learner(A));
                case LEARNER_B -> h.setBearerAuth(TestTokens.learner(B));
                case ADMIN -> h.setBearerAuth(TestTokens.admin("matrix-admin"));
                case ANONYMOUS -> { }
            }
        });
        var response = call.body() == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(call.body()).exchange();
        int status = response.returnResult(String.class).getStatus().value();
        assertThat(status).as(name + " as " + caller).isEqualTo(call.expected(caller));
    }

    @ParameterizedTest(name = "history of {0} never lists A's submission")
    @MethodSource("others")
    void historyWhenAnotherLearnerThenWithoutASubmission(String learner) {
        String body = http.get().uri("/api/v1/submissions").headers(h -> h.setBearerAuth(TestTokens.learner(learner)))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).doesNotContain(submissionOfA);
    }

    List<String> others() {
        return List.of(B, "matrix-c-" + UUID.randomUUID());
    }
}
