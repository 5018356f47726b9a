package dev.fivenines.api.config;

import dev.fivenines.api.catalog.ContentBundleCheck;
import dev.fivenines.api.catalog.PublishedCatalog;
import dev.fivenines.content.BundleValidator;
import dev.fivenines.content.ContentSource;
import dev.fivenines.content.YamlTutorialCatalog;
import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.domain.publishing.TutorialPublishing;
import dev.fivenines.domain.publishing.TutorialVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog: the bundled tutorials, loaded once at start-up and held in memory, with the versions
 * admins publish laid over them.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogConfiguration.class);

    @Bean
    BundleValidator bundleValidator() {
        return new BundleValidator(ContentSource.bundled());
    }

    @Bean
    PublishedCatalog tutorialCatalog(BundleValidator validator) {
        YamlTutorialCatalog bundled = YamlTutorialCatalog.bundled();
        bundled.problems().forEach(p -> log.warn("Content problem (tutorial left 'coming soon'): {}", p));
        long available = bundled.list().stream().filter(t -> t.available()).count();
        log.info("Catalog loaded: {} tutorials, {} available", bundled.list().size(), available);
        return new PublishedCatalog(bundled, validator);
    }

    @Bean
    TutorialPublishing tutorialPublishing(PublishedCatalog catalog, BundleValidator validator, TutorialVersions versions,
                                          BoundedWork work) {
        return new TutorialPublishing(catalog, new ContentBundleCheck(validator), versions, catalog, work);
    }
}
