package dev.fivenines.api.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Claims every token must carry on top of what the decoder checks, whoever issued it (the local
 * key or an external issuer): a non-blank {@code sub}, because the subject is the learner (without
 * it a request failed with a 500, and every token with an empty one shared one learner), and an
 * {@code exp}, because Spring accepts a token without one forever. A token that lacks either is
 * refused like any invalid token (401).
 */
final class RequiredClaims implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;

    RequiredClaims(ReactiveJwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return decoder.decode(token).flatMap(jwt -> {
            List<OAuth2Error> missing = missing(jwt);
            return missing.isEmpty() ? Mono.just(jwt)
                    : Mono.error(new JwtValidationException(missing.getFirst().getDescription(), missing));
        });
    }

    static List<OAuth2Error> missing(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            errors.add(invalid("The token has no subject (sub claim)."));
        }
        if (jwt.getExpiresAt() == null) {
            errors.add(invalid("The token has no expiry (exp claim)."));
        }
        return errors;
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
