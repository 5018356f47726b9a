package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.common.WorkRejectedException;
import dev.fivenines.domain.common.WorkTimedOutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

/** What a client sees when the CPU pool is full or a request's work ran past its time limit. */
class WorkProblemsTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void handleWhenThePoolIsFullThen503OverloadedWithRetryAfter() {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new WorkRejectedException(Duration.ofSeconds(3))).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("3");
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"https://fivenines.dev/problems/overloaded\"").contains("\"retryAfterSeconds\":3");
    }

    @Test
    void handleWhenTheWorkRanPastItsLimitThen422TooComplexSayingNothingWasStored() {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new WorkTimedOutException(Duration.ofSeconds(3))).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(422);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isNull();
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"https://fivenines.dev/problems/too-complex\"")
                .contains("nothing was stored").contains("\"timeLimitMillis\":3000");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/tutorials/t/submissions"));
    }
}
