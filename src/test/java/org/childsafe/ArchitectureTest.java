package org.childsafe;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering (ADR 0001 and the README): domain code is pure; only persistence touches Micronaut Data;
 * views never reach repositories; the scoring function imports no framework at all.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.childsafe");

    @Test
    void domain_packages_import_no_framework_database_or_ui_code() {
        noClasses().that().resideInAnyPackage("..domain..", "org.childsafe.scoring..", "org.childsafe.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "com.vaadin..", "java.sql..", "javax.sql..", "jakarta..",
                        "org.yaml..", "..persistence..", "..service..", "..ui..", "..api..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void only_persistence_packages_use_micronaut_data() {
        noClasses().that().resideOutsideOfPackages("..persistence..", "org.childsafe.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data.annotation..",
                        "io.micronaut.data.jdbc..", "io.micronaut.data.repository..")
                .check(CLASSES);
    }

    @Test
    void views_do_not_reach_repositories() {
        noClasses().that().resideInAnyPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..")
                .check(CLASSES);
    }

    @Test
    void the_rest_api_does_not_reach_repositories_or_views() {
        noClasses().that().resideInAnyPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..ui..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.childsafe.kernel..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.childsafe.kernel..", "java..")
                .check(CLASSES);
    }

    @Test
    void services_never_depend_on_views_or_the_web_edge() {
        noClasses().that().resideInAnyPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..api..", "org.childsafe.platform.web..",
                        "com.vaadin..", "io.micronaut.http..")
                .check(CLASSES);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("org.childsafe.(*)..").should().beFreeOfCycles()
                .check(CLASSES);
    }
}
