package com.jobmatch.user.mail;

import com.jobmatch.user.config.MailConfig;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.StartTLSOptions;
import org.jboss.logging.Logger;

/** Sends through an SMTP server with the Vert.x mail client, asynchronously; failures are logged. */
class SmtpMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(SmtpMailSender.class);

    private final MailClient client;
    private final String from;

    SmtpMailSender(Vertx vertx, MailConfig config) {
        io.vertx.ext.mail.MailConfig smtp = new io.vertx.ext.mail.MailConfig()
                .setHostname(config.host().orElseThrow())
                .setPort(config.port())
                .setStarttls(config.startTls() ? StartTLSOptions.REQUIRED : StartTLSOptions.OPTIONAL);
        config.username().ifPresent(username -> smtp.setUsername(username).setLogin(LoginOption.REQUIRED));
        config.password().ifPresent(smtp::setPassword);
        this.client = MailClient.createShared(vertx, smtp, "user-service-smtp");
        this.from = config.from();
    }

    @Override
    public void send(MailMessage message) {
        io.vertx.ext.mail.MailMessage mail = new io.vertx.ext.mail.MailMessage()
                .setFrom(from)
                .setTo(message.to())
                .setSubject(message.subject())
                .setText(message.text());
        client.sendMail(mail)
                .onFailure(e -> LOG.errorf(e, "Mail '%s' to %s was not sent", message.subject(), message.to()));
    }
}
