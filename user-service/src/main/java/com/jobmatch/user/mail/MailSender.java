package com.jobmatch.user.mail;

/**
 * Sends mail. Quarkus Mailer does not resolve from the package mirror for this Quarkus version, so
 * {@link MailSenderProducer} picks the Vert.x SMTP client it wraps, or the {@link MockMailbox}.
 * Sending never fails the caller's request: a lost mail can be requested again.
 */
@FunctionalInterface
public interface MailSender {

    void send(MailMessage message);
}
