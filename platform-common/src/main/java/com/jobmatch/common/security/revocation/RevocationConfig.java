package com.jobmatch.common.security.revocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How this service learns which tokens were revoked before their expiry (user-service's revocation feed). */
@ConfigMapping(prefix = "jobmatch.revocation")
public interface RevocationConfig {

    /** Refuse tokens of ended sessions and disabled accounts. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often the feed is read (also the schedule {@code jobmatch.revocation.poll-every} of {@link RevokedTokens});
     * a revoked token is refused by every service at most this long (plus one call) after its revocation.
     */
    @WithDefault("2s")
    String pollEvery();

    /** Warn when the list has not been refreshed for this long (user-service unreachable). */
    @WithDefault("PT1M")
    Duration staleAfter();
}
