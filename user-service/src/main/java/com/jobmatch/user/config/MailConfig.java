package com.jobmatch.user.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * What the mails say and how the mail outbox sends them, beyond the SMTP settings, which are Quarkus Mailer's
 * ({@code quarkus.mailer.*}).
 */
@ConfigMapping(prefix = "jobmatch.mail")
public interface MailConfig {

    /** The web front end that turns the links in mails into API calls. */
    @WithDefault("http://localhost:3000")
    String linkBaseUrl();

    /** The durable outbox every mail goes through ({@code com.jobmatch.user.mail.MailOutboxWorker}). */
    Outbox outbox();

    interface Outbox {

        /**
         * Worker threads on this instance; 0 starts none (an instance that only serves requests: its mail is sent
         * by the others). A mail takes milliseconds to hand over, but a mail server that hangs holds a worker for
         * the send timeout: the second keeps the other mail moving meanwhile.
         */
        @WithDefault("2")
        int workers();

        /**
         * How often an idle worker looks for due mail. A new mail does not wait for it (the commit wakes a worker);
         * it is what brings retries and the mail of other instances.
         */
        @WithDefault("PT2S")
        Duration pollEvery();

        /**
         * How long one send may take before it counts as failed: a mail server that accepts the connection and then
         * says nothing must not hold the mail.
         */
        @WithDefault("PT10S")
        Duration sendTimeout();

        /** How long a claimed mail belongs to its worker (renewed while it is sent) before another may take it. */
        @WithDefault("PT1M")
        Duration lease();

        /** The delay before the second attempt; it doubles per attempt (plus up to half of it at random). */
        @WithDefault("PT1S")
        Duration firstRetry();

        /** The cap of the retry delay. */
        @WithDefault("PT5M")
        Duration maxRetry();

        /**
         * Attempts before a mail is given up (dead, with its last error). The defaults spread the retries over 9 to 15
         * minutes, well within the 30 minutes a mailed token works.
         */
        @WithDefault("10")
        int maxAttempts();
    }
}
