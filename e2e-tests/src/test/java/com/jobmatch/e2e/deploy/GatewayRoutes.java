package com.jobmatch.e2e.deploy;

import java.util.Map;

/** The public path prefixes and the service that owns each; Ingress and the compose gateway must agree with it. */
final class GatewayRoutes {

    static final Map<String, String> ROUTES = Map.of(
            "/api/auth", "user-service",
            "/api/users", "user-service",
            "/.well-known", "user-service",
            "/api/resumes", "resume-service",
            "/api/ai", "ai-service",
            "/api/jobs", "matching-service",
            "/api/matches", "matching-service",
            "/api/applications", "matching-service",
            "/api/taxonomy", "matching-service",
            "/api/recruiting", "matching-service");

    private GatewayRoutes() {
    }
}
