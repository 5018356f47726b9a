package dev.fivenines.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final AtomicInteger decoded = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private Instant expiresAt = NOW.plus(Duration.ofHours(1));

    private final ReactiveJwtDecoder decoder = token -> {
        decoded.incrementAndGet();
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("ada")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(expiresAt).build());
    };

    private final VerifiedTokenCache cache =
            new VerifiedTokenCache(decoder, 100, Clock.fixed(NOW, ZoneOffset.UTC), nanos::get);

    @Test
    void decodeWhenSameTokenAgainThenTheDecoderJudgesItOnce() {
        Jwt first = cache.decode("good").block();
        Jwt second = cache.decode("good").block();

        assertThat(second).isSameAs(first);
        assertThat(decoded).hasValue(1);
    }

    @Test
    void decodeWhenTokenRefusedThenRefusedEveryTimeAndAskedEveryTime() {
        assertThatThrownBy(() -> cache.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad").block()).isInstanceOf(BadJwtException.class);

        assertThat(decoded).hasValue(2);
    }

    @Test
    void decodeWhenTokenExpiredSinceThenTheDecoderJudgesItAgain() {
        expiresAt = NOW.plusSeconds(30);
        cache.decode("short-lived").block();

        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        cache.decode("short-lived").block();

        assertThat(decoded).hasValue(2);
    }

    @Test
    void decodeWhenLongLivedTokenThenJudgedAgainAfterFiveMinutes() {
        cache.decode("long-lived").block();
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        cache.decode("long-lived").block();
        assertThat(decoded).hasValue(1);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        cache.decode("long-lived").block();
        assertThat(decoded).hasValue(2);
    }
}
