package com.jobmatch.matching;

import com.jobmatch.common.testing.BadInputCampaign;
import com.jobmatch.common.testing.TestJwtKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The shared bad-input campaign against every matching-service operation. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class BadInputCampaignTest extends BadInputCampaign {
}
