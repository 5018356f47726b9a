package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
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
        servers = @Server(url = "/"),
        tags = {
            @Tag(name = OpenApiConfiguration.TUTORIALS, description = "The catalog and each tutorial's brief, rubric, "
                    + "starter and practice questions. Public."),
            @Tag(name = OpenApiConfiguration.D2, description = "Live D2 linting while the learner types. Public, "
                    + "rate-limited per client address."),
            @Tag(name = OpenApiConfiguration.SUBMISSIONS, description = "Submit a revision of a diagram and read its "
                    + "feedback, now and as the AI review lands (Server-Sent Events); the learner's history."),
            @Tag(name = OpenApiConfiguration.LEARNING, description = "Hints, practice checks against real Redis replies, "
                    + "and the learner's progress."),
            @Tag(name = OpenApiConfiguration.ADMIN_CONTENT, description = "Publish, list and roll back tutorial "
                    + "versions. Needs the admin scope."),
            @Tag(name = OpenApiConfiguration.ADMIN_REPORTS, description = "Pass rates and the research export. Needs "
                    + "the admin scope.")})
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class OpenApiConfiguration {
    public static final String BEARER = "bearer";

    /** Tag names: the sections a reader of the contract (and a generated client) sees. */
    static final String TUTORIALS = "Tutorials";
    static final String D2 = "D2 diagnostics";
    static final String SUBMISSIONS = "Submissions";
    static final String LEARNING = "Hints, practice and progress";
    static final String ADMIN_CONTENT = "Admin: tutorial content";
    static final String ADMIN_REPORTS = "Admin: reports";
}
