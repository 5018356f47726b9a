package dev.fivenines.api.web;

import dev.fivenines.domain.common.ConflictException;
import dev.fivenines.domain.common.NotFoundException;
import dev.fivenines.domain.common.WorkRejectedException;
import dev.fivenines.domain.common.WorkTimedOutException;
import dev.fivenines.domain.publishing.BundleRejectedException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every exception that reaches the web layer into an RFC 9457 problem. It runs before
 * Boot's default error handler (order -1), so no error leaves as HTML or with a stack trace.
 */
@Component
@Order(-2)
public final class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        Problem problem = toProblem(error);
        if (problem.extensions().get("retryAfterSeconds") instanceof Long s) {
            exchange.getResponse().getHeaders().set("Retry-After", Long.toString(s));
        }
        if (problem.type() == ProblemType.METHOD_NOT_ALLOWED && error instanceof MethodNotAllowedException e) {
            exchange.getResponse().getHeaders().setAllow(e.getSupportedMethods());
        }
        return writer.write(exchange, problem);
    }

    Problem toProblem(Throwable error) {
        return switch (error) {
            case ApiException api -> api.problem();
            case NotFoundException e -> Problem.of(ProblemType.NOT_FOUND, e.getMessage());
            case ConflictException e -> Problem.of(ProblemType.CONFLICT, e.getMessage());
            case WorkRejectedException e -> Problem.of(ProblemType.OVERLOADED, e.getMessage())
                    .with("retryAfterSeconds", e.retryAfter().toSeconds());
            case WorkTimedOutException e -> tooComplex(e);
            case BundleRejectedException e -> Problem.of(ProblemType.VALIDATION_FAILED, e.getMessage())
                    .with("errors", e.problems().stream().map(ProblemExceptionHandler::located).toList());
            case WebExchangeBindException invalid -> validation(invalid);
            case MethodNotAllowedException e -> Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                    "This resource does not support " + e.getHttpMethod() + ".");
            case UnsupportedMediaTypeStatusException e -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request body as application/json.");
            case NotAcceptableStatusException e -> Problem.of(ProblemType.NOT_ACCEPTABLE,
                    "This resource produces application/json.");
            case ServerWebInputException e when causedBy(e, DataBufferLimitException.class) -> tooLarge();
            case ServerWebInputException e -> Problem.of(ProblemType.MALFORMED_REQUEST, inputDetail(e));
            case ResponseStatusException e -> byStatus(e);
            case Throwable t when causedBy(t, DataBufferLimitException.class) -> tooLarge();
            case Throwable t when causedBy(t, ReadTimeoutException.class) || requestTimedOut(t) -> Problem.of(ProblemType.REQUEST_TIMEOUT, "The request body stopped arriving; send it again in one go.");
            case Throwable t when DatabaseFailures.isUnavailable(t) -> unavailable(t);
            default -> internal(error);
        };
    }

    private static Problem validation(WebExchangeBindException invalid) {
        List<Map<String, String>> errors = invalid.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        return Problem.of(ProblemType.VALIDATION_FAILED, "Some fields are not valid.").with("errors", errors);
    }

    /** file, line, message: in that order, as editors print locations. */
    private static Map<String, Object> located(dev.fivenines.domain.publishing.BundleCheck.Problem p) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("file", p.file());
        error.put("line", p.line());
        error.put("message", p.message());
        return error;
    }

    private static String inputDetail(ServerWebInputException e) {
        return e.getMethodParameter() != null && e.getMethodParameter().getParameterIndex() >= 0
                && e.getReason() != null && !e.getReason().contains("body")
                ? e.getReason()
                : "The request body is not valid JSON of the expected shape.";
    }

    private static Problem byStatus(ResponseStatusException e) {
        return switch (e.getStatusCode().value()) {
            case 404 -> Problem.of(ProblemType.NOT_FOUND, "No resource at this path.");
            case 413 -> tooLarge();
            case 400 -> Problem.of(ProblemType.MALFORMED_REQUEST,
                    e.getReason() != null ? e.getReason() : "The request is malformed.");
            case 401 -> Problem.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required.");
            case 403 -> Problem.of(ProblemType.FORBIDDEN, "You may not do this.");
            case 503 -> Problem.of(ProblemType.SERVICE_UNAVAILABLE, "Try again shortly.");
            default -> internal(e);
        };
    }

    /** Nothing was stored, so the learner can simplify and send the same request again. */
    private static Problem tooComplex(WorkTimedOutException e) {
        return Problem.of(ProblemType.TOO_COMPLEX, "Checking this took longer than " + e.limit().toMillis()
                + " ms, so it was stopped and nothing was stored. In a diagram, globs (*) matched against many "
                + "names and variables that substitute each other are the usual cause; simplify them and try again.")
                .with("timeLimitMillis", e.limit().toMillis());
    }

    private static Problem tooLarge() {
        return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than this endpoint accepts.");
    }

    private static Problem unavailable(Throwable t) {
        log.warn("Database unavailable: {}", t.toString());
        return Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database is unavailable; nothing was changed. Try again shortly.");
    }

    /**
     * One ERROR line per incident, with the id the client sees and the exception's class and
     * message; the trace (hundreds of lines once Reactor has added its assembly notes) goes to DEBUG
     * under the same id, so a client that can cause 500s cannot flood the log with traces.
     */
    private static Problem internal(Throwable t) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error, incident {}: {}", incident, oneLine(t));
        log.debug("Trace of incident {}", incident, t);
        return Problem.of(ProblemType.INTERNAL_ERROR, "Something went wrong on our side.").with("incident", incident);
    }

    /** Reactor Netty's request timeout raises a package-private exception; it is known by its name. */
    private static boolean requestTimedOut(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("reactor.netty.http.server.RequestTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    /** The exception's class and message on one line (messages can hold line breaks). */
    private static String oneLine(Throwable t) {
        return t.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
