package com.jobmatch.user.mail;

import com.jobmatch.user.config.MailConfig;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** SMTP when a mail host is configured and the mock is off, the mock mailbox otherwise. */
@ApplicationScoped
public class MailSenderProducer {

    private static final Logger LOG = Logger.getLogger(MailSenderProducer.class);

    @Produces
    @ApplicationScoped
    MailSender mailSender(MailConfig config, Vertx vertx, MockMailbox mailbox) {
        if (!config.mock() && config.host().isPresent()) {
            return new SmtpMailSender(vertx, config);
        }
        if (!config.mock()) {
            LOG.warn("jobmatch.mail.mock is false but MAIL_HOST is not set: mail goes to the mock mailbox");
        }
        return mailbox::deliver;
    }
}
