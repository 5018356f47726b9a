package dev.fivenines.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens the real decoder accepted, so a learner's requests pay for the RS256 signature
 * check and claim parsing once instead of on every call. An entry lives until the token expires
 * and at most {@link #LONGEST} (so a key removed from the issuer's JWK set stops working within that
 * time); refused tokens are never remembered, and the decoder judges every token it has not seen.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    static final Duration LONGEST = Duration.ofMinutes(5);

    private final ReactiveJwtDecoder decoder;
    private final Cache<String, Jwt> accepted;

    VerifiedTokenCache(ReactiveJwtDecoder decoder, long maximumTokens) {
        this(decoder, maximumTokens, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** @param clock reads the tokens' expiry; {@code ticker} measures how long entries have lived */
    VerifiedTokenCache(ReactiveJwtDecoder decoder, long maximumTokens, Clock clock, Ticker ticker) {
        this.decoder = decoder;
        this.accepted = Caffeine.newBuilder().maximumSize(maximumTokens).ticker(ticker)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, clock.instant())))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = accepted.getIfPresent(token);
        if (known != null) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> accepted.put(token, jwt));
    }

    private static Duration lifetime(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return LONGEST;
        }
        Duration left = Duration.between(now, expiresAt);
        return left.isNegative() ? Duration.ZERO : (left.compareTo(LONGEST) > 0 ? LONGEST : left);
    }
}
