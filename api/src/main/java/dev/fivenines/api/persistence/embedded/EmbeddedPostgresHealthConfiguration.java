package dev.fivenines.api.persistence.embedded;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database's liveness indicator, registered whether or not the embedded server runs:
 * the liveness group names it, and Boot refuses to start when a group names a missing indicator.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedPostgresHealthConfiguration {

    @Bean
    EmbeddedPostgresHealthIndicator embeddedPostgresHealthIndicator(ObjectProvider<EmbeddedPostgresServer> server) {
        return new EmbeddedPostgresHealthIndicator(server);
    }
}
