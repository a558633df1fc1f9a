package com.jobmatch.user.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Outgoing mail: SMTP in production, the in-memory mock mailbox otherwise. */
@ConfigMapping(prefix = "jobmatch.mail")
public interface MailConfig {

    /** True keeps every message in the mock mailbox instead of sending it. */
    @WithDefault("true")
    boolean mock();

    Optional<String> host();

    @WithDefault("587")
    int port();

    Optional<String> username();

    Optional<String> password();

    @WithDefault("true")
    boolean startTls();

    @WithDefault("JobMatch <no-reply@jobmatch.local>")
    String from();

    /** The web front end that turns the links in mails into API calls. */
    @WithDefault("http://localhost:3000")
    String linkBaseUrl();
}
