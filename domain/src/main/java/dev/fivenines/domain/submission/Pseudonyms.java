package dev.fivenines.domain.submission;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for learners in research exports: {@code learner-} and the first 8 bytes of an
 * HMAC-SHA256 of the subject under a server-side secret. A plain hash would be reversible by
 * guessing subjects ("alice", an e-mail address); without the key, a pseudonym reveals nothing.
 */
public final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    /** Shorter keys would weaken the HMAC below its 256-bit output. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public Pseudonyms(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    public String of(String learner) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(learner.getBytes(StandardCharsets.UTF_8));
            return "learner-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
