package dev.fivenines.feedback.llm;

import dev.fivenines.feedback.llm.LlmOutcome.Kind;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One chat completion against an OpenAI-compatible server, non-blocking on Reactor Netty's event
 * loop. Each attempt has a timeout; 5xx, 429 and connection errors are retried with jittered
 * exponential backoff, and a {@code Retry-After} on 429/503 is waited out (capped) before the
 * backoff. Errors are {@link LlmCallException}s for the reviewer to classify.
 */
final class ChatCompletionClient {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final LlmSettings settings;
    private final WebClient web;
    private final Clock clock;

    ChatCompletionClient(LlmSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.web = WebClient.builder().baseUrl(settings.baseUrl())
                .clientConnector(new ReactorClientHttpConnector(httpClient(settings)))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(1 << 20)).build();
    }

    /** A pool sized for the concurrency limit; waiting for a connection counts against the timeout. */
    private static HttpClient httpClient(LlmSettings s) {
        ConnectionProvider pool = ConnectionProvider.builder("fivenines-llm")
                .maxConnections(Math.max(16, s.maxConcurrency())).pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(s.requestTimeout()).maxIdleTime(Duration.ofSeconds(30)).build();
        return HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) s.connectTimeout().toMillis());
    }

    /** The answer's content and token usage. */
    record Answer(String content, LlmOutcome.Usage usage) {
    }

    Mono<Answer> complete(String system, String user) {
        return attempt(system, user, settings.structuredOutput())
                .onErrorResume(e -> rejectsResponseFormat(e), e -> attempt(system, user, false));
    }

    private Mono<Answer> attempt(String system, String user, boolean structured) {
        Map<String, Object> body = body(system, user, structured);
        return Mono.defer(() -> call(body))
                .timeout(settings.requestTimeout())
                .onErrorMap(TimeoutException.class, e -> new LlmCallException(Kind.TIMEOUT, "timed out"))
                .onErrorMap(WebClientRequestException.class,
                        e -> new LlmCallException(Kind.CONNECTION, "connection failed"))
                .onErrorResume(LlmCallException.class, this::waitRetryAfter)
                .retryWhen(Retry.backoff(settings.maxRetries(), settings.retryBaseDelay()).jitter(0.5)
                        .maxBackoff(settings.maxRetryAfter())
                        .filter(e -> e instanceof LlmCallException x && x.retryable())
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private Mono<Answer> call(Map<String, Object> body) {
        return web.post().uri("/chat/completions").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (!settings.apiKey().isEmpty()) {
                        h.setBearerAuth(settings.apiKey());
                    }
                })
                .bodyValue(body)
                .exchangeToMono(this::read);
    }

    private Mono<Answer> read(ClientResponse response) {
        int status = response.statusCode().value();
        Mono<String> text = response.bodyToMono(String.class).defaultIfEmpty("");
        if (response.statusCode().is2xxSuccessful()) {
            return text.map(ChatCompletionClient::answer);
        }
        Duration retryAfter = RetryAfter.parse(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER), clock);
        Kind kind = status == 429 ? Kind.RATE_LIMITED : status >= 500 ? Kind.SERVER_ERROR : Kind.REJECTED;
        return text.flatMap(b -> Mono.error(new LlmCallException(kind, "HTTP " + status,
                status == 429 || status == 503 ? retryAfter : null, b)));
    }

    /** Waits out a server's Retry-After (capped) before the error reaches the backoff. */
    private Mono<Answer> waitRetryAfter(LlmCallException e) {
        if (e.retryAfter() == null || e.retryAfter().isZero()) {
            return Mono.error(e);
        }
        Duration wait = e.retryAfter().compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : e.retryAfter();
        return Mono.delay(wait).then(Mono.error(e));
    }

    private static boolean rejectsResponseFormat(Throwable e) {
        return e instanceof LlmCallException x && x.kind() == Kind.REJECTED && x.body().contains("response_format");
    }

    private Map<String, Object> body(String system, String user, boolean structured) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", settings.model());
        body.put("temperature", 0);
        body.put("messages", List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user)));
        if (structured) {
            body.put("response_format", Map.of("type", "json_schema", "json_schema",
                    Map.of("name", ReviewSchema.NAME, "strict", true, "schema", ReviewSchema.node())));
        }
        return body;
    }

    /** choices[0].message.content and usage; a body without them is malformed. */
    static Answer answer(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            JsonNode content = root.path("choices").path(0).path("message").path("content");
            if (!content.isString()) {
                throw new LlmCallException(Kind.MALFORMED, "no message content");
            }
            JsonNode usage = root.path("usage");
            return new Answer(content.asString(), new LlmOutcome.Usage(usage.path("prompt_tokens").asLong(0),
                    usage.path("completion_tokens").asLong(0)));
        } catch (JacksonException e) {
            throw new LlmCallException(Kind.MALFORMED, "response is not JSON");
        }
    }
}
