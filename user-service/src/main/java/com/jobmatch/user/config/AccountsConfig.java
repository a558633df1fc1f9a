package com.jobmatch.user.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** Accounts that exist because the deployment says so: the other services and the first admin. */
@ConfigMapping(prefix = "jobmatch.accounts")
public interface AccountsConfig {

    /** {@code service-id:secret} pairs of the services allowed to obtain service tokens. */
    Optional<List<String>> serviceAccounts();

    Optional<String> bootstrapAdminEmail();

    Optional<String> bootstrapAdminPassword();
}
