package com.jobmatch.e2e.deploy;

import java.util.Map;

/** The public path prefixes and the service that owns each; Ingress and the compose gateway must agree with it. */
final class GatewayRoutes {

    static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("/api/auth", "user-service"),
            Map.entry("/api/users", "user-service"),
            Map.entry("/api/organizations", "user-service"),
            Map.entry("/.well-known", "user-service"),
            Map.entry("/api/resumes", "resume-service"),
            Map.entry("/api/ai", "ai-service"),
            Map.entry("/api/jobs", "matching-service"),
            Map.entry("/api/matches", "matching-service"),
            Map.entry("/api/applications", "matching-service"),
            Map.entry("/api/taxonomy", "matching-service"),
            Map.entry("/api/recruiting", "matching-service"));

    private GatewayRoutes() {
    }
}
