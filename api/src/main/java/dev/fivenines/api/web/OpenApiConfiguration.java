package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import org.springframework.context.annotation.Configuration;

/**
 * The published contract's header. The server URL is "/" so the spec does not depend on the port
 * a test happened to get, which keeps the committed openapi.yaml stable.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "fivenines API", version = "v1",
                description = "Learn how Redis works inside by drawing it in D2 and getting feedback. "
                        + "Errors are RFC 9457 problem+json documents."),
        servers = @Server(url = "/"))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class OpenApiConfiguration {
    public static final String BEARER = "bearer";
}
