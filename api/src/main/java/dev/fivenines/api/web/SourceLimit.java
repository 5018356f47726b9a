package dev.fivenines.api.web;

import java.nio.charset.StandardCharsets;

/**
 * The cap on a submitted D2 source, counted in UTF-8 bytes as the configuration states it, and the
 * check that the source is text we can store exactly (see {@link StorableText}).
 */
final class SourceLimit {

    private SourceLimit() {
    }

    static void check(String source, int maxBytes) {
        StorableText.check("source", source);
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ApiException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The source is " + bytes + " bytes; at most " + maxBytes + " are accepted."));
        }
    }
}
