package com.jobmatch.e2e.journey;

import com.jobmatch.e2e.support.Repository;
import com.jobmatch.e2e.support.RunningServices;
import com.jobmatch.e2e.support.ServiceProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** Issue 21: the packaged services serve health, metrics and OpenAPI on their management port, never the public one. */
@ExtendWith(RunningServices.class)
class ManagementInterfaceTest {

    private final ServiceProcesses services;

    ManagementInterfaceTest(ServiceProcesses services) {
        this.services = services;
    }

    @Test
    void metricsHealthAndOpenApiAreOnTheManagementPortOnly() {
        services.startAll();
        for (String service : Repository.SERVICES) {
            given().get(services.managementUrl(service) + "/q/metrics").then().statusCode(200)
                    .body(containsString("jvm_memory_used_bytes"));
            given().get(services.managementUrl(service) + "/q/health/ready").then().statusCode(200);
            given().get(services.managementUrl(service) + "/q/openapi").then().statusCode(200);
            for (String path : List.of("/q/metrics", "/q/health/ready", "/q/openapi", "/q/swagger-ui/")) {
                given().get(services.url(service) + path).then().statusCode(404)
                        .contentType(startsWith("application/problem+json"));
            }
        }
    }
}
