package dev.fivenines.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward (ARCHITECTURE.md section 2): api -> content, feedback, domain;
 * content -> domain (and feedback, to check its own reference solutions); feedback -> domain;
 * domain -> nothing of ours, and no Spring or I/O frameworks.
 */
class DependencyRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.fivenines");
    }

    @Test
    void domainWhenCheckedThenDependsOnNoOtherModuleNorFramework() {
        noClasses().that().resideInAPackage("dev.fivenines.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.fivenines.api..", "dev.fivenines.content..", "dev.fivenines.feedback..",
                        "org.springframework..", "io.r2dbc..", "tools.jackson..", "com.fasterxml..", "java.sql..")
                .check(classes);
    }

    @Test
    void feedbackWhenCheckedThenDependsOnDomainOnly() {
        noClasses().that().resideInAPackage("dev.fivenines.feedback..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fivenines.api..", "dev.fivenines.content..")
                .check(classes);
    }

    @Test
    void contentWhenCheckedThenNeverReachesTheApi() {
        noClasses().that().resideInAPackage("dev.fivenines.content..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fivenines.api..")
                .check(classes);
    }

    @Test
    void webHandlersWhenCheckedThenNeverTouchPersistenceDirectly() {
        noClasses().that().resideInAPackage("dev.fivenines.api.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fivenines.api.persistence..",
                        "org.springframework.r2dbc..", "org.springframework.data..")
                .check(classes);
    }
}
