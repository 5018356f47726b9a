package dev.fivenines.api.security;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/**
 * Recognises a {@code dev-token} token signed with another data directory's key: our local issuer,
 * but not our key id. The usual cause is running {@code dev-token} with another
 * {@code FIVENINES_DATA_DIR} (or another user) than the server, and a bare "invalid token" hides it.
 * Reads the token's header and issuer without trusting them; it only chooses the 401's wording.
 */
final class OtherLocalKey {

    static final String DETAIL = "The bearer token was signed by another local key: this server trusts only tokens"
            + " that `dev-token` printed with the server's own data directory. Run dev-token with the same"
            + " FIVENINES_DATA_DIR (and user) as the server.";

    private final String keyId;
    private final String localIssuer;

    OtherLocalKey(String keyId, String localIssuer) {
        this.keyId = keyId;
        this.localIssuer = localIssuer;
    }

    boolean signed(String bearerToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(bearerToken);
            return localIssuer.equals(jwt.getJWTClaimsSet().getIssuer())
                    && !keyId.equals(jwt.getHeader().getKeyID());
        } catch (ParseException | RuntimeException notAJwt) {
            return false;
        }
    }
}
