package com.jobmatch.user;

import com.jobmatch.common.testing.PlatformConventionsTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.stream.Stream;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class PlatformConventionsTest extends PlatformConventionsTestBase {

    @Override
    protected String jsonEndpoint() {
        return "/api/auth/login";
    }

    @Override
    protected String authorization() {
        return null;
    }

    @Override
    protected List<String> expectedTables() {
        return Stream.concat(Db.TABLES.stream(), Db.QUEUE_TABLES.stream()).toList();
    }
}
