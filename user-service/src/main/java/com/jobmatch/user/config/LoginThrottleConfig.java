package com.jobmatch.user.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Failed logins allowed within the window before further tries are refused until the window
 * has moved on. Addresses get a higher limit than accounts because many people can share one.
 */
@ConfigMapping(prefix = "jobmatch.login-throttle")
public interface LoginThrottleConfig {

    @WithDefault("PT15M")
    Duration window();

    @WithDefault("10")
    int maxFailuresPerAccount();

    @WithDefault("50")
    int maxFailuresPerAddress();
}
