package com.jobmatch.resume;

import com.jobmatch.common.testing.OpenApiContractTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.resume.testing.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** resume-service's OpenAPI document against its code and the statuses its tests saw (platform-common, issue 18). */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class OpenApiContractTest extends OpenApiContractTestBase {

    @Override
    protected String basePackage() {
        return "com.jobmatch.resume";
    }
}
