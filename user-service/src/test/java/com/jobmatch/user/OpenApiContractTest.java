package com.jobmatch.user;

import com.jobmatch.common.testing.OpenApiContractTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** user-service's OpenAPI document against its code and the statuses its tests saw (platform-common, issue 18). */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class OpenApiContractTest extends OpenApiContractTestBase {

    @Override
    protected String basePackage() {
        return "com.jobmatch.user";
    }
}
