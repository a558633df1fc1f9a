package com.jobmatch.e2e.deploy;

import com.jobmatch.e2e.support.Repository;

import java.util.Set;
import java.util.TreeSet;

/** Which environment variables a deployed service must get, and which it can make use of. */
final class ServiceEnvironment {

    /** What ./suite's service_env gives every service, whatever its properties file says today. */
    private static final Set<String> PLATFORM = Set.of("HTTP_PORT", "DB_HOST", "DB_PORT", "DB_NAME", "DB_USER",
            "DB_PASSWORD", "USER_SERVICE_URL", "RESUME_SERVICE_URL", "AI_SERVICE_URL", "MATCHING_SERVICE_URL",
            "JWKS_URL", "JWT_ISSUER", "CORS_ORIGINS", "OTEL_SDK_DISABLED");
    private static final Set<String> TOKEN_ISSUER = Set.of("JWT_PRIVATE_KEY_LOCATION", "JWT_PUBLIC_KEY_LOCATION", "SERVICE_ACCOUNTS");
    private static final Set<String> SERVICE_CLIENT = Set.of("SERVICE_CLIENT_ID", "SERVICE_CLIENT_SECRET");
    /** Read by the container image's launcher (run-java.sh), not by Quarkus. */
    private static final Set<String> IMAGE = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND");

    private ServiceEnvironment() {
    }

    /** Platform variables, plus every variable the service's configuration reads without a default. */
    static Set<String> required(String service) {
        Set<String> names = new TreeSet<>(PLATFORM);
        names.addAll(service.equals("user") ? TOKEN_ISSUER : SERVICE_CLIENT);
        names.addAll(Repository.environmentNames(service, true));
        return names;
    }

    /** Anything outside this set is a variable nothing reads: a typo or a leftover. */
    static Set<String> understood(String service) {
        Set<String> names = new TreeSet<>(required(service));
        names.addAll(Repository.environmentNames(service, false));
        names.addAll(IMAGE);
        return names;
    }

    static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }
}
