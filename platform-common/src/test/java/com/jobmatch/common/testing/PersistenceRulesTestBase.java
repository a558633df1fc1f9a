package com.jobmatch.common.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The persistence rule of the root README, checked on a service's main classes ({@link PersistenceRules}). A plain
 * JUnit test (no Quarkus): each service extends it with its base package.
 */
public abstract class PersistenceRulesTestBase {

    /** The service's base package, e.g. {@code com.jobmatch.matching}; Flyway's {@code db.migration} is added. */
    protected abstract String basePackage();

    /** Imported once per package for the three rules: importing reads every class file of the service. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private JavaClasses mainClasses() {
        return IMPORTED.computeIfAbsent(basePackage(), base -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base, "db.migration"));
    }

    /**
     * The rules only mean something if their predicates find the service's classes: after a package move a rule
     * that matches nothing passes silently. Every JAX-RS resource class must be a resource to the rules, and the
     * service must have resources, stores and entities for them to check.
     */
    @Test
    void rulesSeeTheServicesResourcesStoresAndEntities() {
        JavaClasses classes = mainClasses();
        List<JavaClass> jaxRs = classes.stream().filter(PersistenceRules.JAX_RS_RESOURCES).toList();
        assertFalse(jaxRs.isEmpty(), "no JAX-RS resource class under " + basePackage());
        List<String> unseen = jaxRs.stream().filter(c -> !PersistenceRules.RESOURCES.test(c)).map(JavaClass::getName).toList();
        assertTrue(unseen.isEmpty(), "resource classes the resource rule does not check: " + unseen);
        assertTrue(classes.stream().anyMatch(PersistenceRules.STORES), "no store or repository under " + basePackage());
        assertTrue(classes.stream().anyMatch(PersistenceRules.ENTITIES), "no entity under " + basePackage());
    }

    @Test
    void resourcesTouchNoEntitiesSqlOrTransactions() {
        PersistenceRules.RESOURCES_TOUCH_NO_ENTITIES_SQL_OR_TRANSACTIONS.check(mainClasses());
    }

    @Test
    void onlyStoresAndRepositoriesUseSql() {
        PersistenceRules.ONLY_STORES_USE_SQL.check(mainClasses());
    }

    @Test
    void onlyStoresAndRepositoriesQueryOrWriteEntities() {
        PersistenceRules.ONLY_STORES_QUERY_ENTITIES.check(mainClasses());
    }

    @Test
    void entitiesRunNoQueries() {
        PersistenceRules.ENTITIES_RUN_NO_QUERIES.check(mainClasses());
    }
}
