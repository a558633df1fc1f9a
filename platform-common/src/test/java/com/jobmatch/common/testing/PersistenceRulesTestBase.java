package com.jobmatch.common.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
}
