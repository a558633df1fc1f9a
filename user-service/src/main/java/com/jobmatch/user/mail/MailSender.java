package com.jobmatch.user.mail;

import com.jobmatch.common.queue.WorkPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Queues mail in the durable outbox (table mail_outbox), in the caller's transaction: a mail exists exactly when the
 * change it reports committed, so no link points at a rolled-back token, and a committed change never loses its mail
 * (a failed or hung send is retried, a restart resumes). {@link MailOutboxWorker} sends it right after the commit.
 * Sending never fails or slows the caller's request beyond one insert: the answer takes the same time whether or not
 * a mail was queued (password reset and registration do not tell who has an account).
 */
@ApplicationScoped
public class MailSender {

    private final MailOutboxStore store;
    private final Event<MailQueued> queued;

    public MailSender(MailOutboxStore store, Event<MailQueued> queued) {
        this.store = store;
        this.queued = queued;
    }

    /** A mail someone is waiting for (a confirmation link, a password reset, an invitation). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void send(MailMessage message) {
        send(message, WorkPriority.INTERACTIVE);
    }

    /**
     * Queues the mail; {@link WorkPriority#BULK} mail (notices, digests) leaves after every waiting interactive one.
     * Without a transaction the mail is queued in a short one of its own.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void send(MailMessage message, WorkPriority priority) {
        store.add(message, priority);
        // Observed once the transaction has committed (never after a rollback): the worker then sends at once
        // instead of at its next poll.
        queued.fire(new MailQueued());
    }
}
