package com.jobmatch.user;

import com.jobmatch.common.testing.BadInputCampaign;
import com.jobmatch.common.testing.TestJwtKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** The shared bad-input campaign against every user-service operation, as a logged-in admin (who may call them all). */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCampaignTest extends BadInputCampaign {

    private String adminToken;

    @BeforeEach
    void logInAsAdmin() {
        if (adminToken == null) {
            adminToken = new Accounts().accessToken(UserServiceTestResources.ADMIN_EMAIL, UserServiceTestResources.ADMIN_PASSWORD);
        }
    }

    @Override
    protected String tokenFor(String method, String path) {
        return adminToken;
    }
}
