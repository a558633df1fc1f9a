package com.jobmatch.common.testing;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * The order of test classes within each group Quarkus forms (one group per test profile, for the fewest restarts):
 * by name, with the OpenAPI contract test last, since it checks the statuses every other test class of its group saw
 * (OpenApiContractTestBase). Quarkus's own orderer calls it as its secondary orderer
 * ({@code junit.quarkus.orderer.secondary-orderer}, platform-common's shared config); replacing Quarkus's orderer in a
 * junit-platform.properties would let tests run on an application already closed.
 */
public class ContractTestsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor d) -> isContractTest(d.getTestClass()) ? 1 : 0)
                .thenComparing(d -> d.getTestClass().getName()));
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
