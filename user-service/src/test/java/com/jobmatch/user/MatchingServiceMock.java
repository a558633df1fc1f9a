package com.jobmatch.user;

import com.jobmatch.common.testing.FakeServicesBase;

import java.util.Map;

/** matching-service faked by WireMock; tests stub and verify its event endpoint. */
public class MatchingServiceMock extends FakeServicesBase {

    @Override
    protected Map<String, String> configure(String baseUrl) {
        return Map.of("quarkus.rest-client.matching.url", baseUrl);
    }
}
