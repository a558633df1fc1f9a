package com.jobmatch.ai;

import com.jobmatch.ai.testing.FakeServices;
import com.jobmatch.common.testing.BadInputCampaign;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.UUID;

/** The shared bad-input campaign against every ai-service operation; most are called by the other services. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class BadInputCampaignTest extends BadInputCampaign {

    private final UUID candidate = UUID.randomUUID();

    @Override
    protected String tokenFor(String method, String path) {
        return path.startsWith("/api/ai/me") ? TestTokens.candidate(candidate) : TestTokens.service("matching-service");
    }
}
