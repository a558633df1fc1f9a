package com.jobmatch.resume;

import com.jobmatch.common.testing.PlatformConventionsTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.UUID;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class PlatformConventionsTest extends PlatformConventionsTestBase {

    @Override
    protected String jsonEndpoint() {
        return "/api/admin/resumes/legacy-import";
    }

    @Override
    protected String authorization() {
        return "Bearer " + TestTokens.admin(UUID.randomUUID());
    }

    @Override
    protected List<String> expectedTables() {
        return List.of("storage_configs", "resumes", "resume_versions", "resume_version_changes",
                "resume_optimizations", "resume_analyses", "optimization_feedback", "resume_work");
    }
}
