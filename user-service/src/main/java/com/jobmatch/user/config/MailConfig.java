package com.jobmatch.user.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the mails say beyond the SMTP settings, which are Quarkus Mailer's ({@code quarkus.mailer.*}). */
@ConfigMapping(prefix = "jobmatch.mail")
public interface MailConfig {

    /** The web front end that turns the links in mails into API calls. */
    @WithDefault("http://localhost:3000")
    String linkBaseUrl();
}
