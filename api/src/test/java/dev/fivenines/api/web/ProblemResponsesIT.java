package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Every error leaves as RFC 9457 problem+json with a stable type and no internals. */
@IntegrationTest
@Import(ProblemResponsesIT.ProbeConfiguration.class)
class ProblemResponsesIT {

    private static final String TYPES = "https://fivenines.dev/problems/";

    @Autowired
    WebTestClient http;

    @Test
    void unknownPathThen404Problem() {
        expectProblem(http.get().uri("/no/such/path").exchange(), 404, "not-found");
    }

    @Test
    void malformedJsonThen400Problem() {
        expectProblem(http.post().uri("/probe/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": ").exchange(), 400, "malformed-request");
    }

    @Test
    void invalidFieldThen400ProblemNamingTheField() {
        expectProblem(http.post().uri("/probe/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"  \"}").exchange(), 400, "validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void wrongMethodThen405ProblemWithAllow() {
        var response = http.delete().uri("/probe/echo").exchange();
        response.expectHeader().exists("Allow");
        expectProblem(response, 405, "method-not-allowed");
    }

    @Test
    void bodyLargerThanLimitThen413Problem() {
        String huge = "{\"name\": \"" + "x".repeat(300_000) + "\"}";
        expectProblem(http.post().uri("/probe/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge).exchange(), 413, "payload-too-large");
    }

    @Test
    void wrongContentTypeThen415Problem() {
        expectProblem(http.post().uri("/probe/echo").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("name=x").exchange(), 415, "unsupported-media-type");
    }

    @Test
    void rateLimitedThen429ProblemWithRetryAfter() {
        var response = http.get().uri("/probe/limited").exchange();
        response.expectHeader().valueEquals("Retry-After", "30");
        expectProblem(response, 429, "rate-limited");
    }

    @Test
    void unexpectedFailureThen500ProblemWithoutInternals() {
        byte[] body = expectProblem(http.get().uri("/probe/boom").exchange(), 500, "internal-error")
                .jsonPath("$.incident").isNotEmpty()
                .returnResult().getResponseBody();
        assertThat(new String(body)).doesNotContain("IllegalStateException", "secret", "at dev.fivenines");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void unexpectedFailureThenOneLogLineWithTheIncidentAndNoTrace(CapturedOutput output) {
        String incident = http.get().uri("/probe/boom").exchange().expectStatus().isEqualTo(500)
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("incident").asString();
        assertThat(incident).isNotBlank();
        List<String> lines = output.getAll().lines().filter(line -> line.contains(incident)).toList();
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .contains("ERROR").contains("IllegalStateException: secret internals"));
        assertThat(output.getAll()).doesNotContain("ProbeController.boom").doesNotContain("\tat ");
    }

    @Test
    void validRequestThenOk() {
        http.post().uri("/probe/echo").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \"ok\"}")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("ok");
    }

    private WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status, String type) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + type)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeConfiguration {
        @Bean
        ProbeController probeController() {
            return new ProbeController();
        }
    }

    /** Endpoints that fail on purpose, outside /api so they need no token. */
    @RestController
    static class ProbeController {

        record Named(@NotBlank String name) {
        }

        @PostMapping(path = "/probe/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
        Mono<Named> echo(@Valid @RequestBody Mono<Named> body) {
            return body;
        }

        @GetMapping("/probe/boom")
        Mono<String> boom() {
            return Mono.error(new IllegalStateException("secret internals"));
        }

        @GetMapping("/probe/limited")
        Mono<String> limited() {
            return Mono.error(ApiException.tooManyRequests(30));
        }
    }
}
