package dev.fivenines.api.web;

import dev.fivenines.api.config.FiveninesProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a declared body larger than the limit before reading any of it. Bodies sent without a
 * Content-Length are capped by the codecs' in-memory limit instead, which also answers 413.
 */
@Component
class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;
    private final long maxBytes;

    RequestSizeLimitFilter(ProblemWriter problems, FiveninesProperties properties) {
        this.problems = problems;
        this.maxBytes = properties.limits().maxRequestBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is " + declared + " bytes; at most " + maxBytes + " are accepted."));
        }
        return chain.filter(exchange);
    }

    /** Before security: an oversized body is refused whoever sends it. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
