package com.jobmatch.user.mail;

import com.jobmatch.common.queue.WorkPriority;
import jakarta.enterprise.context.ApplicationScoped;
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

    public MailSender(MailOutboxStore store) {
        this.store = store;
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
        // Once the transaction commits (never after a rollback) the store's queue wakes an idle sender.
        store.add(message, priority);
    }
}
