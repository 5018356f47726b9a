package dev.fivenines.api.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem: every error this API returns. {@code type} is stable per kind of problem
 * so clients can branch on it; {@code detail} is for people and never contains a stack trace.
 */
public record Problem(ProblemType type, String detail, Map<String, Object> extensions) {

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, detail, Map.of());
    }

    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, detail, more);
    }

    public HttpStatus status() {
        return type.status();
    }

    /** The JSON body, with members in a fixed order. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", URI.create(instance).getPath());
        }
        extensions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> body.put(e.getKey(), e.getValue()));
        return body;
    }
}
