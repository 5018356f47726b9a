package dev.fivenines.api.config;

import dev.fivenines.domain.diagram.DiagramLinter;
import dev.fivenines.feedback.diagnostics.D2DiagnosticsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pure feedback services (no Spring inside them) into the application. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    DiagramLinter diagramLinter() {
        return new D2DiagnosticsService();
    }
}
