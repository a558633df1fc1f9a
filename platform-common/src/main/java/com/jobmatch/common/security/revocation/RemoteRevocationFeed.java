package com.jobmatch.common.security.revocation;

import com.jobmatch.common.security.ServiceAuthConfig;
import com.jobmatch.common.security.ServiceTokenFilter;
import com.jobmatch.common.security.ServiceTokens;
import com.jobmatch.contract.api.TokenRevocationApi;
import com.jobmatch.contract.api.TokenRevocations;
import io.quarkus.arc.DefaultBean;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * user-service's revocation feed, read with this service's own service token. A failed or slow read answers "no
 * news": the list keeps what it knew, and the next read (a cursor) catches up on what was missed.
 */
@DefaultBean
@ApplicationScoped
public class RemoteRevocationFeed implements RevocationFeed {

    private static final Logger LOG = Logger.getLogger(RemoteRevocationFeed.class);

    /** Below the method's overall timeout, which also covers fetching the service token. */
    private static final long CALL_TIMEOUT_MILLIS = 2000;

    private final ServiceAuthConfig serviceAuth;
    private final ServiceTokens tokens;
    private final ServiceTokenFilter tokenFilter;
    private volatile TokenRevocationApi api;
    private volatile boolean unconfiguredReported;

    public RemoteRevocationFeed(ServiceAuthConfig serviceAuth, ServiceTokens tokens, ServiceTokenFilter tokenFilter) {
        this.serviceAuth = serviceAuth;
        this.tokens = tokens;
        this.tokenFilter = tokenFilter;
    }

    @Override
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noNews")
    public Optional<TokenRevocations> since(Instant since) {
        if (!tokens.configured()) {
            if (!unconfiguredReported) {
                unconfiguredReported = true;
                LOG.warn("The token revocation feed is not read: jobmatch.service-auth.client-id and client-secret are not configured");
            }
            return Optional.empty();
        }
        return Optional.ofNullable(api().since(since));
    }

    Optional<TokenRevocations> noNews(Instant since) {
        return Optional.empty();
    }

    private TokenRevocationApi api() {
        if (api == null) {
            api = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(serviceAuth.userServiceUrl()))
                    .connectTimeout(CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .readTimeout(CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .register(tokenFilter)
                    .build(TokenRevocationApi.class);
        }
        return api;
    }
}
