package dev.fivenines.api.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Who is calling: the token's subject and whether it carries the admin scope. */
record Caller(String subject, boolean admin) {

    static final String ADMIN_AUTHORITY = "SCOPE_admin";

    static Mono<Caller> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .cast(Authentication.class)
                .map(auth -> new Caller(auth.getName(), auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).anyMatch(ADMIN_AUTHORITY::equals)));
    }
}
