package com.jobmatch.common.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service's management interface in tests: health, metrics and OpenAPI are served there, on a port of their
 * own (a free one in tests), never on the public port.
 */
public final class Management {

    private Management() {
    }

    /** The port the management interface of the service under test listens on. */
    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** A rest-assured request to the management interface. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static String url(String path) {
        return "http://localhost:" + port() + path;
    }
}
