package dev.fivenines.api.security;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.fivenines.api.support.RunningApp;
import dev.fivenines.api.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an external token issuer configured (here: its public key), tokens minted by
 * {@code dev-token} are worthless, and the issuer's tokens are accepted only for our audience.
 */
class ExternalIssuerIT {

    @TempDir
    static Path dataDir;

    static RSAKey issuerKey;
    static RunningApp app;

    @BeforeAll
    static void startWithExternalKey() throws Exception {
        issuerKey = new RSAKeyGenerator(2048).keyID("external").generate();
        Path pem = dataDir.resolve("issuer.pub.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(issuerKey.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        var db = TestPostgres.get();
        app = RunningApp.start(
                "fivenines.data-dir=" + dataDir,
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem,
                "spring.r2dbc.url=" + db.jdbcUrl().replace("jdbc:", "r2dbc:"),
                "spring.r2dbc.username=" + db.username(),
                "spring.r2dbc.password=" + db.password(),
                "spring.flyway.url=" + db.jdbcUrl(),
                "spring.flyway.user=" + db.username(),
                "spring.flyway.password=" + db.password());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void devTokenWhenExternalIssuerConfiguredThen401() {
        var local = new DevTokens(LocalSigningKey.loadOrCreate(dataDir), "fivenines-local", "fivenines-api");
        expect(local.mint("alice", false, Instant.now(), Duration.ofMinutes(5)), 401);
    }

    @Test
    void issuerTokenWhenAudienceMatchesThenAccepted() {
        var issuer = new DevTokens(issuerKey, "https://id.example", "fivenines-api");
        expect(issuer.mint("alice", false, Instant.now(), Duration.ofMinutes(5)), 200);
    }

    @Test
    void issuerTokenWhenMeantForAnotherAudienceThen401() {
        var issuer = new DevTokens(issuerKey, "https://id.example", "another-api");
        expect(issuer.mint("alice", false, Instant.now(), Duration.ofMinutes(5)), 401);
    }

    @Test
    void issuerTokenWhenItHasNoSubjectOrNoExpiryThen401() {
        var issuer = new DevTokens(issuerKey, "https://id.example", "fivenines-api");
        var valid = new JWTClaimsSet.Builder().issuer("https://id.example").audience("fivenines-api")
                .subject("alice").expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
        expect(issuer.sign(valid.build()), 200);
        expect(issuer.sign(new JWTClaimsSet.Builder(valid.build()).subject(null).build()), 401);
        expect(issuer.sign(new JWTClaimsSet.Builder(valid.build()).subject("").build()), 401);
        expect(issuer.sign(new JWTClaimsSet.Builder(valid.build()).expirationTime(null).build()), 401);
    }

    private static void expect(String token, int status) {
        app.http().get().uri("/api/v1/submissions").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(status);
    }
}
