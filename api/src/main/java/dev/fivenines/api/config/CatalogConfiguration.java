package dev.fivenines.api.config;

import dev.fivenines.content.YamlTutorialCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundled tutorials, loaded once at start-up and held in memory. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogConfiguration.class);

    @Bean
    YamlTutorialCatalog tutorialCatalog() {
        YamlTutorialCatalog catalog = YamlTutorialCatalog.bundled();
        catalog.problems().forEach(p -> log.warn("Content problem (tutorial left 'coming soon'): {}", p));
        long available = catalog.list().stream().filter(t -> t.available()).count();
        log.info("Catalog loaded: {} tutorials, {} available", catalog.list().size(), available);
        return catalog;
    }
}
