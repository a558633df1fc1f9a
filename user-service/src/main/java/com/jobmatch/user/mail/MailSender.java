package com.jobmatch.user.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Sends mail through Quarkus Mailer (SMTP, or its in-memory mock when {@code quarkus.mailer.mock} is true).
 * A message asked for inside a transaction leaves only once that transaction has committed, so a link never points
 * at a token that was rolled back; outside a transaction it leaves at once. Sending is asynchronous and never fails
 * the caller's request: the answer takes the same time whether or not a mail was sent (password reset and
 * registration do not tell who has an account), and a lost mail can be requested again.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Event<MailMessage> outbox;
    private final ReactiveMailer mailer;

    public MailSender(Event<MailMessage> outbox, ReactiveMailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    public void send(MailMessage message) {
        outbox.fire(message);
    }

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage message) {
        // The log names the subject and the masked recipient only: the texts carry one-time tokens, and an address
        // is personal data.
        mailer.send(Mail.withText(message.to(), message.subject(), message.text()))
                // A mail server that accepts the connection and then says nothing must not lose a mail silently.
                .ifNoItem().after(SEND_TIMEOUT).fail()
                .subscribe().with(
                        sent -> LOG.infof("Mail '%s' to %s handed to the mail server", message.subject(), message.maskedRecipient()),
                        failure -> LOG.errorf(failure, "Mail '%s' to %s was not sent", message.subject(), message.maskedRecipient()));
    }
}
