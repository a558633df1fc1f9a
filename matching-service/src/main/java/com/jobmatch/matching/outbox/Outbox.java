package com.jobmatch.matching.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.matching.client.AuditEntry;
import com.jobmatch.matching.client.EmailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * What a recruiter's action tells user-service: an email to the candidate, an entry in the audit log. Both are
 * written to the durable outbox in the action's own transaction (MANDATORY), so the action and its calls commit
 * together; {@link OutboxWorker} makes the calls and retries those user-service could not take. A failed call never
 * undoes the recruiter's action, and a committed action never loses its email or audit entry.
 */
@ApplicationScoped
public class Outbox {

    /** The owner key of actions that belong to no organization. */
    static final String PLATFORM = "platform";

    private final OutboxStore store;
    private final ObjectMapper mapper;

    public Outbox(OutboxStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void email(UUID organizationId, UUID userId, String kind, String subject, String text) {
        store.add("EMAIL", json(new EmailMessage(userId, kind, subject, text)), organizationId.toString());
    }

    /**
     * An email about {@code reference} (e.g. one interview round's reminder), which {@link #withdraw} takes back while it
     * waits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void email(UUID organizationId, UUID userId, String kind, String subject, String text, String reference) {
        store.add("EMAIL", json(new EmailMessage(userId, kind, subject, text)), organizationId.toString(), reference);
    }

    /** Takes back the calls about {@code reference} not yet made; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdraw(String reference) {
        return store.withdraw(reference);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void audit(UUID actorId, UUID organizationId, String action, String targetType, UUID targetId,
                      Map<String, Object> detail) {
        // A platform action (an admin's weight change) belongs to no organization; it queues under its own key.
        store.add("AUDIT", json(new AuditEntry(actorId, organizationId, action, targetType, targetId.toString(), detail)),
                organizationId == null ? PLATFORM : organizationId.toString());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox record always serializes", e);
        }
    }
}
