package com.jobmatch.common.testing;

import io.quarkus.test.config.QuarkusClassOrderer;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Quarkus's class order (grouped by test profile, for the fewest restarts), with the OpenAPI contract test moved
 * last: it checks the statuses every other test class saw (OpenApiContractTestBase). Each service names it in
 * src/test/resources/junit-platform.properties, which shadows quarkus-junit-config's file, so it also repeats that
 * file's other setting (extension auto-detection).
 */
public class ContractTestsLast implements ClassOrderer {

    private final QuarkusClassOrderer quarkus = new QuarkusClassOrderer();

    @Override
    public void orderClasses(ClassOrdererContext context) {
        quarkus.orderClasses(context);
        // A stable sort: everything else keeps Quarkus's order.
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor d) -> isContractTest(d.getTestClass()) ? 1 : 0));
    }

    private static boolean isContractTest(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(OpenApiContractTestBase.class.getName())) {
                return true;
            }
        }
        return false;
    }
}
