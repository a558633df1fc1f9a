package com.jobmatch.resume;

import com.jobmatch.common.testing.BadInputCampaign;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.resume.testing.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The shared bad-input campaign against every resume-service operation. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class BadInputCampaignTest extends BadInputCampaign {
}
