package com.jobmatch.user.mail;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.user.config.MailConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Sends the mail of the outbox through Quarkus Mailer (SMTP, or its in-memory mock when {@code quarkus.mailer.mock}
 * is true). A commit that queued mail wakes an idle sender at once (the queue component's wake-up); the workers' poll ({@code jobmatch.mail.outbox.poll-every})
 * brings the retries and whatever a wake-up missed (another instance's mail, a restart). Each send waits at most
 * {@code send-timeout}; a failure or a timeout is a failed attempt that the queue brings back after its backoff, and
 * after {@code max-attempts} the mail is given up: dead with its last error, its text blanked. A sent mail's row is
 * deleted. A send that timed out may still have reached the server, so a mail may, rarely, arrive twice; it is never
 * lost. Logs name the subject and the masked recipient only: texts carry one-time tokens, and an address is personal
 * data.
 */
@ApplicationScoped
public class MailOutboxWorker implements WorkHandler {

    private static final Logger LOG = Logger.getLogger(MailOutboxWorker.class);

    private final MailOutboxStore store;
    private final ReactiveMailer mailer;
    private final MailConfig.Outbox config;
    private final QueueWorkers workers;

    public MailOutboxWorker(MailOutboxStore store, ReactiveMailer mailer, MailConfig config) {
        this.store = store;
        this.mailer = mailer;
        this.config = config.outbox();
        this.workers = new QueueWorkers(store.queue(), this, this.config.pollEvery());
    }

    void start(@Observes StartupEvent event) {
        if (config.workers() > 0) {
            workers.start(config.workers());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.stop();
    }

    @Override
    public void handle(QueuedWork item) {
        Optional<MailMessage> message = QuarkusTransaction.requiringNew().call(() -> store.message(item));
        if (message.isPresent()) {
            send(item, message.get());
        }
        QuarkusTransaction.requiringNew().run(() -> store.queue().complete(item));
    }

    private void send(QueuedWork item, MailMessage message) {
        try {
            mailer.send(Mail.withText(message.to(), message.subject(), message.text()))
                    // A mail server that accepts the connection and then says nothing must not hold the mail.
                    .ifNoItem().after(config.sendTimeout()).fail()
                    .await().indefinitely();
        } catch (RuntimeException e) {
            LOG.warnf("Mail '%s' to %s not sent (attempt %d of %d): %s", message.subject(), message.maskedRecipient(),
                    item.attempts(), config.maxAttempts(), FailureText.of(e));
            throw e;
        }
        LOG.infof("Mail '%s' to %s handed to the mail server", message.subject(), message.maskedRecipient());
    }

    @Override
    public void gaveUp(QueuedWork item, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            store.heading(item).ifPresent(mail -> LOG.errorf("Mail '%s' to %s given up after %d attempts: %s",
                    mail.subject(), mail.maskedRecipient(), item.attempts(), error));
            store.forgetText(item);
        });
    }
}
