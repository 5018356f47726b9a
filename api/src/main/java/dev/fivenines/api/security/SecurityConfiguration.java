package dev.fivenines.api.security;

import dev.fivenines.api.web.Problem;
import dev.fivenines.api.web.ProblemType;
import dev.fivenines.api.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who may call what. The catalog, the D2 linter, health and the API docs are public; a learner's
 * own data needs a token; admin endpoints need the {@code admin} scope. Paths outside the API are
 * left to the router so unknown ones answer 404, not 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    static final String ADMIN_AUTHORITY = "SCOPE_" + DevTokens.ADMIN_SCOPE;

    /**
     * Requests the firewall refuses (encoded dots or slashes, {@code //}, {@code ;}, TRACE, ...)
     * get a problem like every other error, without echoing the refused path back.
     */
    @Bean
    ServerExchangeRejectedHandler firewallRejections(ProblemWriter problems) {
        return (exchange, rejected) -> problems.writeWithoutInstance(exchange, Problem.of(ProblemType.MALFORMED_REQUEST,
                "The request was refused: its path, method or headers are not allowed."));
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ProblemWriter problems, ReactiveJwtDecoder decoder,
                                       ObjectProvider<OtherLocalKey> otherLocalKey) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/v1/tutorials", "/api/v1/tutorials/*").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/d2/diagnostics").permitAll()
                        .pathMatchers("/api/v1/admin/**").hasAuthority(ADMIN_AUTHORITY)
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problems.write(exchange, Problem.of(ProblemType.UNAUTHENTICATED,
                                    "Send a valid bearer token in the Authorization header."));
                        })
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problem.of(ProblemType.FORBIDDEN, "Your token does not grant access to this resource."))))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(new VerifiedTokenCache(new RequiredClaims(decoder), 10_000)))
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                            return problems.write(exchange, Problem.of(ProblemType.UNAUTHENTICATED,
                                    signedByOtherLocalKey(exchange, otherLocalKey) ? OtherLocalKey.DETAIL
                                            : "The bearer token is not valid: it may be expired, signed by an untrusted "
                                            + "key, meant for another audience, or lack a subject or an expiry."));
                        })
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problem.of(ProblemType.FORBIDDEN, "Your token does not grant access to this resource."))))
                .build();
    }

    /** Only with the local key (no external issuer): then a foreign key id is most likely another data directory. */
    private static boolean signedByOtherLocalKey(ServerWebExchange exchange, ObjectProvider<OtherLocalKey> otherLocalKey) {
        OtherLocalKey other = otherLocalKey.getIfAvailable();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return other != null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && other.signed(authorization.substring(7).strip());
    }
}
