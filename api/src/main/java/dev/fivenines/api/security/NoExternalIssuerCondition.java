package dev.fivenines.api.security;

import java.util.stream.Stream;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when none of Boot's resource-server key sources is configured. */
final class NoExternalIssuerCondition implements Condition {

    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Stream.of("issuer-uri", "jwk-set-uri", "public-key-location")
                .map(name -> context.getEnvironment().getProperty(PREFIX + name))
                .noneMatch(StringUtils::hasText);
    }
}
