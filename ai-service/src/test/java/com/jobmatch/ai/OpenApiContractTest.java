package com.jobmatch.ai;

import com.jobmatch.ai.testing.FakeServices;
import com.jobmatch.common.testing.OpenApiContractTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** ai-service's OpenAPI document against its code and the statuses its tests saw (platform-common, issue 18). */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class OpenApiContractTest extends OpenApiContractTestBase {

    @Override
    protected String basePackage() {
        return "com.jobmatch.ai";
    }
}
