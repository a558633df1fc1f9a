package com.jobmatch.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** How this service obtains its own client-credentials token from user-service. */
@ConfigMapping(prefix = "jobmatch.service-auth")
public interface ServiceAuthConfig {

    @WithDefault("http://localhost:8081")
    String userServiceUrl();

    Optional<String> clientId();

    Optional<String> clientSecret();

    /** Refresh the token when less than this many seconds of it remain. */
    @WithDefault("60")
    long refreshMarginSeconds();
}
