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
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the mail of the outbox through Quarkus Mailer (SMTP, or its in-memory mock when {@code quarkus.mailer.mock}
 * is true). A commit that queued mail wakes a sender at once; the workers' poll ({@code jobmatch.mail.outbox.poll-every})
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
    /** Sends right after a commit, beside the polling workers (SKIP LOCKED keeps them apart). */
    private final ExecutorService waker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("mail-outbox-wake").factory());
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean running;

    public MailOutboxWorker(MailOutboxStore store, ReactiveMailer mailer, MailConfig config) {
        this.store = store;
        this.mailer = mailer;
        this.config = config.outbox();
        this.workers = new QueueWorkers(store.queue(), this, this.config.pollEvery());
    }

    void start(@Observes StartupEvent event) {
        if (config.workers() > 0) {
            running = true;
            workers.start(config.workers());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        waker.shutdownNow();
        workers.stop();
    }

    /** After the commit of a transaction that queued mail: send what is due now, not at the next poll. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        // Several mails of one transaction, or of transactions committing together, need one pass only.
        if (running && wakeQueued.compareAndSet(false, true)) {
            waker.execute(this::sendDue);
        }
    }

    private void sendDue() {
        // Cleared before the pass: a mail committed during it queues another pass, so none waits for the poll.
        wakeQueued.set(false);
        try {
            while (running && workers.runOne()) {
                // one mail per turn, until none is due
            }
        } catch (RuntimeException e) {
            // The database is unreachable for a moment: the workers' poll tries again.
            LOG.warnf("Mail outbox: sending after a commit failed: %s", FailureText.of(e));
        }
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
