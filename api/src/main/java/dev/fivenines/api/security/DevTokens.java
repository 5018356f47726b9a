package dev.fivenines.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Mints JWTs signed with a given RSA key: the {@code dev-token} command, and tests. */
public final class DevTokens {

    public static final String LEARNER_SCOPE = "learner";
    public static final String ADMIN_SCOPE = "admin";

    private final RSAKey key;
    private final String issuer;
    private final String audience;

    public DevTokens(RSAKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    public String mint(String subject, boolean admin, Instant issuedAt, Duration lifetime) {
        List<String> scopes = admin ? List.of(LEARNER_SCOPE, ADMIN_SCOPE) : List.of(LEARNER_SCOPE);
        return mint(subject, String.join(" ", scopes), audience, issuedAt, lifetime);
    }

    /** Full control, for tests of wrong audiences and expired tokens. */
    public String mint(String subject, String scope, String audience, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .claim("scope", scope)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        return sign(claims);
    }

    /** Signs exactly these claims: for tests of tokens that lack a claim. */
    public String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }
}
