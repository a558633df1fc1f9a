package com.jobmatch.common.security;

import com.jobmatch.contract.api.ServiceAuthApi;
import com.jobmatch.contract.api.ServiceTokenRequest;
import com.jobmatch.contract.api.TokenResponse;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * This service's own access token for calls to the others, fetched from user-service by client
 * credentials and reused until shortly before it expires.
 */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceAuthConfig config;
    private final Clock clock;
    private volatile ServiceAuthApi api;
    private volatile String token;
    private volatile Instant refreshAt = Instant.MIN;

    public ServiceTokens(ServiceAuthConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    public boolean configured() {
        return config.clientId().isPresent() && config.clientSecret().isPresent();
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    public synchronized String bearerToken() {
        if (!configured()) {
            throw new IllegalStateException("jobmatch.service-auth.client-id and client-secret are not configured");
        }
        Instant now = clock.instant();
        if (token == null || now.isAfter(refreshAt)) {
            TokenResponse response = api().issueServiceToken(
                    new ServiceTokenRequest(config.clientId().orElseThrow(), config.clientSecret().orElseThrow()));
            token = response.accessToken();
            refreshAt = now.plusSeconds(Math.max(0, response.expiresIn() - config.refreshMarginSeconds()));
        }
        return token;
    }

    private ServiceAuthApi api() {
        if (api == null) {
            api = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(config.userServiceUrl()))
                    .build(ServiceAuthApi.class);
        }
        return api;
    }
}
