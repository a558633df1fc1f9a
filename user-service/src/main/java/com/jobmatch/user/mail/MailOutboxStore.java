package com.jobmatch.user.mail;

import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.user.config.MailConfig;
import com.jobmatch.user.tokens.SecretTokens;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail waiting to leave (table mail_outbox) on the suite's work-queue component, which owns claiming, leases,
 * retries with backoff, the dead state and the metrics. A sent mail's row is deleted (the queue keeps no done rows):
 * its text holds one-time tokens.
 */
@ApplicationScoped
public class MailOutboxStore {

    static final String TABLE = "mail_outbox";

    private final EntityManager em;
    private final WorkQueue queue;

    public MailOutboxStore(EntityManager em, MailConfig config, MeterRegistry registry) {
        this.em = em;
        MailConfig.Outbox outbox = config.outbox();
        this.queue = new WorkQueue(em, new QueueSettings(TABLE, outbox.lease(), outbox.firstRetry(), outbox.maxRetry(),
                outbox.maxAttempts(), false), registry);
    }

    public WorkQueue queue() {
        return queue;
    }

    /** Queues a mail in the caller's transaction, so that it exists exactly when the change it reports committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(MailMessage message, WorkPriority priority) {
        queue.wakeWorkersAfterCommit();
        return (UUID) em.createNativeQuery("""
                        INSERT INTO mail_outbox (recipient, subject, text, priority, owner_key)
                        VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id""", UUID.class)
                .setParameter(1, message.to()).setParameter(2, message.subject()).setParameter(3, message.text())
                .setParameter(4, (short) priority.rank()).setParameter(5, owner(message.to()))
                .getSingleResult();
    }

    /** The claimed mail; empty when its row is gone or was given up (its text blanked). */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<MailMessage> message(QueuedWork item) {
        List<Object[]> rows = em.createNativeQuery("SELECT recipient, subject, text FROM mail_outbox WHERE id = ?1 AND text IS NOT NULL")
                .setParameter(1, item.id()).getResultList();
        return rows.stream().findFirst().map(r -> new MailMessage((String) r[0], (String) r[1], (String) r[2]));
    }

    /** The subject and recipient of a mail, whatever its state: what the log of a failure names. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<MailMessage> heading(QueuedWork item) {
        List<Object[]> rows = em.createNativeQuery("SELECT recipient, subject FROM mail_outbox WHERE id = ?1")
                .setParameter(1, item.id()).getResultList();
        return rows.stream().findFirst().map(r -> new MailMessage((String) r[0], (String) r[1], null));
    }

    /**
     * Blanks the text of a mail given up on: its tokens must not linger in the database; recipient, subject and the
     * last error stay for the operator.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetText(QueuedWork item) {
        em.createNativeQuery("UPDATE mail_outbox SET text = NULL WHERE id = ?1 AND status = 'dead'")
                .setParameter(1, item.id()).executeUpdate();
    }

    /**
     * The queue's owner of a mail: a digest of the address, so that one address's many mails take turns with the
     * others' without the address being copied into the queue's turn table.
     */
    static String owner(String recipient) {
        return SecretTokens.hash(recipient.strip().toLowerCase(Locale.ROOT));
    }
}
