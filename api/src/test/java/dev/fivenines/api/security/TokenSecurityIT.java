package dev.fivenines.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class TokenSecurityIT {

    private static final String OWN_HISTORY = "/api/v1/submissions";
    private static final String ADMIN = "/api/v1/admin/tutorials";

    @Autowired
    WebTestClient http;

    @Nested
    class Rejected {

        @Test
        void ownHistoryWhenNoTokenThen401Problem() {
            http.get().uri(OWN_HISTORY).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://fivenines.dev/problems/unauthenticated");
        }

        @Test
        void ownHistoryWhenTokenExpiredThen401() {
            String expired = TestTokens.signer().mint("alice", "learner", TestTokens.AUDIENCE,
                    Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5));
            expectInvalidToken(expired);
        }

        @Test
        void ownHistoryWhenSignedByAnotherKeyThen401() throws Exception {
            var strangerKey = new RSAKeyGenerator(2048).keyID("stranger").generate();
            String forged = new DevTokens(strangerKey, TestTokens.ISSUER, TestTokens.AUDIENCE)
                    .mint("alice", false, Instant.now(), Duration.ofMinutes(5));
            expectInvalidToken(forged);
        }

        @Test
        void ownHistoryWhenDevTokenFromAnotherDataDirectoryThen401SayingSo() throws Exception {
            var otherDirectorysKey = new RSAKeyGenerator(2048).keyID("another-data-dir").generate();
            String token = new DevTokens(otherDirectorysKey, TestTokens.ISSUER, TestTokens.AUDIENCE)
                    .mint("alice", false, Instant.now(), Duration.ofMinutes(5));
            http.get().uri(OWN_HISTORY).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("signed by another local key", "FIVENINES_DATA_DIR"));
        }

        @Test
        void ownHistoryWhenExpiredTokenOfOurOwnKeyThenNoWordAboutAnotherKey() {
            String expired = TestTokens.signer().mint("alice", "learner", TestTokens.AUDIENCE,
                    Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5));
            http.get().uri(OWN_HISTORY).headers(h -> h.setBearerAuth(expired)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .doesNotContain("another local key"));
        }

        @Test
        void ownHistoryWhenTokenForAnotherAudienceThen401() {
            String elsewhere = TestTokens.signer().mint("alice", "learner", "some-other-api",
                    Instant.now(), Duration.ofMinutes(5));
            expectInvalidToken(elsewhere);
        }

        @Test
        void ownHistoryWhenTokenHasNoSubjectThen401NotA500() {
            expectInvalidToken(TestTokens.signer().sign(claimsExcept(JwtClaimNames.SUB).build()));
        }

        @Test
        void ownHistoryWhenSubjectIsEmptyThen401() {
            expectInvalidToken(TestTokens.signer().sign(claimsExcept(JwtClaimNames.SUB).subject("").build()));
            expectInvalidToken(TestTokens.signer().sign(claimsExcept(JwtClaimNames.SUB).subject("  ").build()));
        }

        @Test
        void ownHistoryWhenTokenHasNoExpiryThen401() {
            expectInvalidToken(TestTokens.signer().sign(claimsExcept(JwtClaimNames.EXP).build()));
        }

        @Test
        void ownHistoryWhenTokenIsGarbageThen401() {
            expectInvalidToken("not.a.jwt");
        }

        @Test
        void adminWhenLearnerTokenThen403Problem() {
            http.get().uri(ADMIN).headers(h -> h.setBearerAuth(TestTokens.learner("alice"))).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://fivenines.dev/problems/forbidden");
        }

        /** A valid learner token's claims without {@code claim}. */
        private static JWTClaimsSet.Builder claimsExcept(String claim) {
            var builder = new JWTClaimsSet.Builder()
                    .issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).claim("scope", "learner")
                    .issueTime(new Date()).subject("alice")
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
            return builder.claim(claim, null);
        }

        private void expectInvalidToken(String token) {
            http.get().uri(OWN_HISTORY).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(401);
        }
    }

    @Nested
    class Accepted {

        @Test
        void ownHistoryWhenLearnerTokenThenEmptyPage() {
            http.get().uri(OWN_HISTORY).headers(h -> h.setBearerAuth(TestTokens.learner("carol"))).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items").isArray()
                    .jsonPath("$.items.length()").isEqualTo(0)
                    .jsonPath("$.nextCursor").doesNotExist();
        }

        @Test
        void adminWhenAdminTokenThenOk() {
            http.get().uri(ADMIN).headers(h -> h.setBearerAuth(TestTokens.admin("root"))).exchange()
                    .expectStatus().isOk();
        }

        @Test
        void catalogWhenNoTokenThenPublic() {
            http.get().uri("/api/v1/tutorials").exchange().expectStatus().isOk();
        }
    }
}
