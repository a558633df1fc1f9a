package com.jobmatch.ai;

import com.jobmatch.ai.testing.FakeServices;
import com.jobmatch.common.testing.PlatformConventionsTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class PlatformConventionsTest extends PlatformConventionsTestBase {

    @Override
    protected String jsonEndpoint() {
        return "/api/ai/skills/extract";
    }

    @Override
    protected String authorization() {
        return "Bearer " + TestTokens.service("matching-service");
    }

    @Override
    protected List<String> expectedTables() {
        return List.of("ai_processing_sessions", "embeddings", "ai_models", "resume_optimizations",
                "job_match_analyses", "skill_analyses", "content_analyses", "optimization_history",
                "model_performance_history", "user_optimization_preferences", "optimization_templates");
    }

    @Override
    protected boolean needsVector() {
        return true;
    }
}
