package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class CatalogApiIT {

    private static final String FIRST = "single-node-key-value-core";

    @Autowired
    WebTestClient http;

    @Nested
    class List {

        @Test
        void listWhenNoFilterThenAll24InPositionOrder() {
            http.get().uri("/api/v1/tutorials").exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentType(MediaType.APPLICATION_JSON)
                    .expectBody()
                    .jsonPath("$.items.length()").isEqualTo(24)
                    .jsonPath("$.items[0].slug").isEqualTo(FIRST)
                    .jsonPath("$.items[0].position").isEqualTo(1)
                    .jsonPath("$.items[0].level").isEqualTo("foundation")
                    .jsonPath("$.items[0].artifactType").isEqualTo("sequence-diagram")
                    .jsonPath("$.items[0].available").isEqualTo(true)
                    .jsonPath("$.items[0].tags[0]").isEqualTo("redis")
                    .jsonPath("$.items[23].slug").isEqualTo("redis-like-system")
                    .jsonPath("$.items[23].artifactType").isEqualTo("architecture-diagram");
        }

        @Test
        void listWhenFilteredByLevelAndTypeThenOnlyMatches() {
            http.get().uri("/api/v1/tutorials?level=advanced&artifactType=state-machine").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items.length()").isEqualTo(1)
                    .jsonPath("$.items[0].slug").isEqualTo("failover-controller");
        }

        @Test
        void listWhenFilteredByTagThenOnlyTagged() {
            http.get().uri("/api/v1/tutorials?tag=replication").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items.length()").isEqualTo(2)
                    .jsonPath("$.items[0].slug").isEqualTo("replication-full-sync");
        }

        @Test
        void listWhenLevelUnknownThen400Problem() {
            http.get().uri("/api/v1/tutorials?level=expert").exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        @Test
        void listWhenSameETagSentBackThen304WithoutBody() {
            String etag = http.get().uri("/api/v1/tutorials").exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("ETag")
                    .returnResult(String.class).getResponseHeaders().getETag();
            http.get().uri("/api/v1/tutorials").header("If-None-Match", etag).exchange()
                    .expectStatus().isNotModified()
                    .expectBody().isEmpty();
        }
    }

    @Nested
    class One {

        @Test
        void getWhenAvailableThenBriefRubricStarterAndQuestionsWithoutAnswers() {
            byte[] body = http.get().uri("/api/v1/tutorials/" + FIRST).exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("ETag")
                    .expectBody()
                    .jsonPath("$.slug").isEqualTo(FIRST)
                    .jsonPath("$.brief").isNotEmpty()
                    .jsonPath("$.requirements.length()").value(n -> assertThat((Integer) n).isGreaterThanOrEqualTo(3))
                    .jsonPath("$.rubric.version").isNumber()
                    .jsonPath("$.rubric.criteria[0].severity").isNotEmpty()
                    .jsonPath("$.starter.files[0].name").isEqualTo("starter.d2")
                    .jsonPath("$.practiceChecks[0].question").isNotEmpty()
                    .jsonPath("$.practiceChecks[0].answer").doesNotExist()
                    .jsonPath("$.practiceChecks[0].explanation").doesNotExist()
                    .jsonPath("$.hintCount").isNumber()
                    .returnResult().getResponseBody();
            assertThat(new String(body)).doesNotContain("solution");
        }

        @Test
        void getWhenCheckSendsRawBytesThenItsStepsShowTheBytesAndTheServerOptionsButNotTheAnswer() {
            http.get().uri("/api/v1/tutorials/resp-protocol-parser").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].topology").isEqualTo("standalone")
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].serverOptions.requirepass")
                    .isEqualTo("pw")
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].setup[0].kind").isEqualTo("send")
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].setup[0].send").isEqualTo("PING\\r\\n")
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].setup[0].reply")
                    .isEqualTo("-NOAUTH Authentication required.\\r\\n")
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].command.send").isEqualTo("*11\\r\\n")
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].command.reply")
                    .value(reply -> assertThat((java.util.List<Object>) reply).containsOnlyNulls().hasSize(1))
                    .jsonPath("$.practiceChecks[?(@.id == 'unauthenticated-multibulk-limit')].answer").doesNotExist();
        }

        @Test
        void getWhenUnknownSlugThen404Problem() {
            http.get().uri("/api/v1/tutorials/no-such-tutorial").exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://fivenines.dev/problems/not-found");
        }

        @Test
        void getWhenComingSoonThen404SayingSo() {
            http.get().uri("/api/v1/tutorials/cluster-resharding").exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("coming soon"));
        }
    }
}
