package dev.fivenines.feedback.llm;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells the operator why LLM reviews fail, one line per kind of failure: an unreachable endpoint
 * would otherwise fail every review in silence (the learner only sees a friendly reason), while a
 * line per review would flood the log. A kind is logged again after a review has succeeded. The
 * line names the endpoint's scheme, host and port, never its path, query, user info or the key.
 */
final class LlmFailureLog {

    private static final System.Logger LOG = System.getLogger(LlmDiagramReviewer.class.getName());

    private final String endpoint;
    private final Consumer<String> sink;
    private final Set<LlmOutcome.Kind> logged = EnumSet.noneOf(LlmOutcome.Kind.class);

    LlmFailureLog(String baseUrl, Consumer<String> sink) {
        this.endpoint = origin(baseUrl);
        this.sink = sink;
    }

    static LlmFailureLog toSystemLogger(String baseUrl) {
        return new LlmFailureLog(baseUrl, line -> LOG.log(System.Logger.Level.WARNING, line));
    }

    /** @param detail what went wrong, for an operator: "HTTP 503", "connection failed", ... */
    void failed(LlmOutcome.Kind kind, String detail) {
        boolean first;
        synchronized (logged) {
            first = logged.add(kind);
        }
        if (first) {
            sink.accept("LLM review failed at " + endpoint + ": " + kind + " (" + detail + "); the learner keeps the"
                    + " structural feedback. Further " + kind + " failures are only counted"
                    + " (fivenines_llm_failures_total) until a review succeeds.");
        }
    }

    void succeeded() {
        synchronized (logged) {
            logged.clear();
        }
    }

    private static String origin(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "the configured endpoint";
        }
    }
}
