package dev.fivenines.api.security;

import com.nimbusds.jose.JOSEException;
import dev.fivenines.api.config.FiveninesProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * With no external issuer configured, the server trusts tokens signed with the local signing key
 * (the ones {@code dev-token} prints), checking issuer, audience and expiry. As soon as an issuer
 * or JWK set is configured this configuration steps aside and Boot's decoder applies, so local
 * tokens are worthless there.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalIssuerCondition.class)
class LocalJwtConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalJwtConfiguration.class);

    @Bean
    OtherLocalKey otherLocalKey(FiveninesProperties properties) {
        return new OtherLocalKey(LocalSigningKey.loadOrCreate(properties.dataDir()).getKeyID(),
                properties.security().localIssuer());
    }

    @Bean
    ReactiveJwtDecoder localJwtDecoder(FiveninesProperties properties) throws JOSEException {
        var security = properties.security();
        var key = LocalSigningKey.loadOrCreate(properties.dataDir());
        log.info("No external token issuer configured: trusting tokens from `dev-token` (issuer {}, key in {})",
                security.localIssuer(), properties.dataDir());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(security.localIssuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(security.audience()))));
        return decoder;
    }
}
