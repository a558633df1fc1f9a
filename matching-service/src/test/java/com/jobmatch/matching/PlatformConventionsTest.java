package com.jobmatch.matching;

import com.jobmatch.common.testing.PlatformConventionsTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
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
        return "/api/taxonomy/normalize";
    }

    @Override
    protected String authorization() {
        return "Bearer " + TestTokens.candidate(UUID.randomUUID());
    }

    @Override
    protected List<String> expectedTables() {
        return List.of("jobs", "job_clusters", "job_skills", "user_job_matches", "bulk_imports", "bulk_import_rejections",
                "enrichment_queue", "source_runs", "source_run_rejections", "source_postings", "source_run_queue", "user_jobs", "matching_metadata.skills_taxonomy", "matching_metadata.skill_aliases",
                "matching_metadata.skill_similarity", "matching_metadata.category_compatibility",
                "matching_metadata.certifications", "matching_metadata.user_job_interactions",
                "matching_metadata.match_feedback", "matching_metadata.collar_weights_config",
                "matching_metadata.match_explanations");
    }

    @Override
    protected boolean needsVector() {
        return true;
    }
}
