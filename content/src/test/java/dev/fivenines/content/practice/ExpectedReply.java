package dev.fivenines.content.practice;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expected redis-cli reply with the placeholders of {@code shared/redis/practice-checks.json}
 * ({@code {{int}}}, {@code {{posint}}}, ...), matched against the whole actual reply.
 */
record ExpectedReply(String text, Pattern pattern) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9]+)}}");
    private static final Map<String, String> REGEX = Map.of(
            "int", "-?\\d+",
            "posint", "[1-9]\\d*",
            "nonzero", "-?[1-9]\\d*",
            "float", "-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?",
            "hex40", "[0-9a-f]{40}",
            "streamid", "\\d+-\\d+",
            "any", "(?s:.*?)",
            "line", "[^\\n]*",
            "lines", "(?:.*\\n)*?.*");

    /** Fails on an unknown placeholder, so a typo in the content is reported, not silently literal. */
    static ExpectedReply of(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String replacement = REGEX.get(matcher.group(1));
            if (replacement == null) {
                throw new IllegalArgumentException("unknown placeholder " + matcher.group() + " in: " + text);
            }
            regex.append(Pattern.quote(text.substring(last, matcher.start()))).append(replacement);
            last = matcher.end();
        }
        regex.append(Pattern.quote(text.substring(last)));
        return new ExpectedReply(text, Pattern.compile(regex.toString()));
    }

    boolean matches(String actual) {
        return pattern.matcher(actual).matches();
    }
}
