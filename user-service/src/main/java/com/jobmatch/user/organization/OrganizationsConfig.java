package com.jobmatch.user.organization;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "jobmatch.organizations")
public interface OrganizationsConfig {

    /** Invitations wait for people who read their mail weekly, unlike reset links. */
    @WithDefault("P7D")
    Duration invitationLifetime();
}
