package dev.fivenines.domain.submission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of history ends: newest first, ties broken by id. Opaque to clients (base64url),
 * so its format may change without breaking them.
 */
public record HistoryCursor(Instant createdAt, UUID id) {

    public String encode() {
        String raw = createdAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this server made. */
    public static Optional<HistoryCursor> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            return Optional.of(new HistoryCursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1))));
        } catch (RuntimeException notACursor) {
            return Optional.empty();
        }
    }
}
