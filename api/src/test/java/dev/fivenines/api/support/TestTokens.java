package dev.fivenines.api.support;

import dev.fivenines.api.security.DevTokens;
import dev.fivenines.api.security.LocalSigningKey;
import java.time.Duration;
import java.time.Instant;

/** Tokens the test server trusts: signed with the test data directory's local key. */
public final class TestTokens {

    public static final String ISSUER = "fivenines-local";
    public static final String AUDIENCE = "fivenines-api";

    private static final DevTokens TOKENS =
            new DevTokens(LocalSigningKey.loadOrCreate(TestDataDirectory.PATH), ISSUER, AUDIENCE);

    private TestTokens() {
    }

    public static String learner(String subject) {
        return TOKENS.mint(subject, false, Instant.now(), Duration.ofMinutes(10));
    }

    public static String admin(String subject) {
        return TOKENS.mint(subject, true, Instant.now(), Duration.ofMinutes(10));
    }

    public static DevTokens signer() {
        return TOKENS;
    }
}
