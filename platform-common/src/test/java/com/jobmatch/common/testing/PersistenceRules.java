package com.jobmatch.common.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The suite's one persistence rule, as ArchUnit rules every service runs ({@link PersistenceRulesTestBase}):
 * resources never touch entities or SQL, domain services own transactions, stores and repositories own all SQL.
 */
public final class PersistenceRules {

    /** Entities: {@code @Entity} classes and Panache active records. */
    static final DescribedPredicate<JavaClass> ENTITIES = DescribedPredicate.describe("entities (@Entity or Panache active records)",
            c -> c.isAnnotatedWith(Entity.class) || (c.isAssignableTo(PanacheEntityBase.class) && !c.getPackageName().startsWith("io.quarkus")));

    /** The APIs through which code reaches the database or a transaction. */
    static final DescribedPredicate<JavaClass> PERSISTENCE_APIS = resideInAnyPackage(
            "jakarta.persistence..", "org.hibernate..", "io.quarkus.hibernate..", "io.quarkus.panache..",
            "java.sql..", "javax.sql..", "io.agroal..", "jakarta.transaction..", "io.quarkus.narayana..")
            .as("persistence or transaction APIs (JPA, Hibernate, Panache, JDBC, Agroal, JTA, QuarkusTransaction)");

    /** The APIs that run SQL: JDBC, the datasource, the EntityManager or Hibernate session, Panache queries. */
    static final DescribedPredicate<JavaClass> SQL_APIS = DescribedPredicate.describe(
            "SQL APIs (JDBC, Agroal, EntityManager, Hibernate Session, Panache repositories)",
            c -> resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..").test(c)
                    || c.isAssignableTo(jakarta.persistence.EntityManager.class)
                    || c.isAssignableTo(org.hibernate.Session.class)
                    || c.getName().startsWith("io.quarkus.hibernate.orm.panache.PanacheRepository"));

    /** Methods of Panache active records that run a query or a write. */
    private static final Set<String> ACTIVE_RECORD_METHODS = Set.of("find", "findAll", "findById", "findByIdOptional",
            "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update", "persist",
            "persistAndFlush", "flush", "getEntityManager", "getSession", "isPersistent");

    private static final DescribedPredicate<JavaMethodCall> ACTIVE_RECORD_QUERIES = DescribedPredicate.describe(
            "Panache active-record queries or writes (Entity.find/list/persist/...)",
            call -> ACTIVE_RECORD_METHODS.contains(call.getName())
                    && call.getTargetOwner().isAssignableTo(PanacheEntityBase.class));

    /**
     * JAX-RS resource classes, whatever their name or package: a class with {@code @Path}, with a method that
     * answers an HTTP method ({@code @GET}, {@code @POST}, ...), or implementing a contract interface that has
     * {@code @Path} (matching-contract's service-to-service APIs). REST client interfaces are not resources.
     */
    static final DescribedPredicate<JavaClass> JAX_RS_RESOURCES = DescribedPredicate.describe(
            "JAX-RS resource classes (@Path or HTTP-method annotations, or implementing a @Path interface)",
            c -> !c.isInterface() && (c.isAnnotatedWith(Path.class)
                    || c.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(HttpMethod.class))
                    || c.getAllRawInterfaces().stream().anyMatch(i -> i.isAnnotatedWith(Path.class))));

    /**
     * Resources: classes named *Resource (and what they declare inside), every JAX-RS resource class, and everything
     * in an {@code api} package. Services packaged by capability keep their resources beside their domain code, so
     * the name and the JAX-RS annotations find them, not the package.
     */
    static final DescribedPredicate<JavaClass> RESOURCES = DescribedPredicate.describe(
            "resources (classes named *Resource, JAX-RS resource classes, or in an ..api.. package)",
            c -> topLevelName(c).endsWith("Resource") || JAX_RS_RESOURCES.test(outermost(c))
                    || resideInAnyPackage("..api..").test(c));

    /** Stores and repositories (by name or in a {@code store} package), and Flyway's Java migrations. */
    static final DescribedPredicate<JavaClass> STORES = DescribedPredicate.describe(
            "stores and repositories (classes named *Store or *Repository, or in a ..store.. package; Flyway migrations)",
            c -> topLevelName(c).endsWith("Store") || topLevelName(c).endsWith("Repository")
                    || resideInAnyPackage("..store..", "db.migration..").test(c));

    /** Resources never touch entities, SQL or transactions: they call domain services and return records. */
    public static final ArchRule RESOURCES_TOUCH_NO_ENTITIES_SQL_OR_TRANSACTIONS = noClasses().that(RESOURCES)
            .should().dependOnClassesThat(ENTITIES.or(PERSISTENCE_APIS))
            .because("resources call domain services, which own transactions, and stores, which own SQL (root README)");

    /** Only stores and repositories run SQL (JDBC, EntityManager, Panache repositories). */
    public static final ArchRule ONLY_STORES_USE_SQL = noClasses().that(DescribedPredicate.not(STORES))
            .should().dependOnClassesThat(SQL_APIS)
            .because("stores and repositories own all SQL (root README)");

    /** Only stores and repositories query or write active records; the rest hands entities to a store. */
    public static final ArchRule ONLY_STORES_QUERY_ENTITIES = noClasses().that(DescribedPredicate.not(STORES))
            .should().callMethodWhere(ACTIVE_RECORD_QUERIES)
            .because("stores and repositories own all SQL, including Panache's (root README)");

    /**
     * Entities are plain mapped classes: no query or write methods of their own (no static {@code find}/{@code list},
     * no {@code persist} inside), wherever they live. Without this an entity in a {@code store} package could carry
     * its own queries, and the SQL of one table would be split between the entity and its store.
     */
    public static final ArchRule ENTITIES_RUN_NO_QUERIES = noClasses().that(ENTITIES)
            .should().callMethodWhere(ACTIVE_RECORD_QUERIES).orShould().dependOnClassesThat(SQL_APIS)
            .because("entities are mapped classes; their store runs their queries (root README)");

    private PersistenceRules() {
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static String topLevelName(JavaClass c) {
        String simple = c.getName().substring(c.getPackageName().isEmpty() ? 0 : c.getPackageName().length() + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }
}
