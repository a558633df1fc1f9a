package com.jobmatch.matching.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.matching.client.AuditClient;
import com.jobmatch.matching.client.AuditEntry;
import com.jobmatch.matching.client.Delivery;
import com.jobmatch.matching.client.EmailClient;
import com.jobmatch.matching.client.EmailMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Makes the queued calls to user-service ({@code OUTBOX_WORKERS} workers, polling every {@code OUTBOX_EVERY}, 2 s;
 * {@code off} starts none). A call user-service could not take (UNAVAILABLE) is a failed attempt: the queue brings it
 * back after its backoff and keeps it, dead with its error, after {@code jobmatch.outbox.max-attempts}. A refused call
 * (4xx) is done: asking again would be refused again.
 */
@ApplicationScoped
public class OutboxWorker implements WorkHandler {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final EmailClient email;
    private final AuditClient audit;
    private final ObjectMapper mapper;
    private final QueueWorkers workers;
    private final String every;
    private final int count;

    public OutboxWorker(OutboxStore store, EmailClient email, AuditClient audit, ObjectMapper mapper,
                        @ConfigProperty(name = "jobmatch.schedule.outbox", defaultValue = "2s") String every,
                        @ConfigProperty(name = "jobmatch.outbox.workers", defaultValue = "1") int count) {
        this.store = store;
        this.email = email;
        this.audit = audit;
        this.mapper = mapper;
        this.every = every.strip();
        this.count = count;
        this.workers = new QueueWorkers(store.queue(), this,
                "off".equals(this.every) ? Duration.ofSeconds(2) : Duration.parse("PT" + this.every.toUpperCase()));
    }

    void start(@Observes StartupEvent event) {
        if (!"off".equals(every) && count > 0) {
            workers.start(count);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.stop();
    }

    /** Makes every due call on the calling thread until none is due (tests and tools); returns how many were tried. */
    public int drain() {
        int tried = 0;
        while (workers.runOne()) {
            tried++;
        }
        return tried;
    }

    /** Tries the next due call once (tests and tools); false when none was due. */
    public boolean runOne() {
        return workers.runOne();
    }

    @Override
    public void handle(QueuedWork item) throws Exception {
        Optional<OutboxStore.Entry> entry = QuarkusTransaction.requiringNew().call(() -> store.entry(item));
        if (entry.isPresent()) {
            Delivery delivery = switch (entry.get().kind()) {
                case "EMAIL" -> email.send(mapper.readValue(entry.get().payload(), EmailMessage.class));
                case "AUDIT" -> audit.record(mapper.readValue(entry.get().payload(), AuditEntry.class));
                default -> Delivery.REFUSED;
            };
            if (delivery == Delivery.UNAVAILABLE) {
                throw new IllegalStateException("user-service unavailable for " + entry.get().kind());
            }
            if (delivery == Delivery.REFUSED) {
                LOG.warnf("outbox item %s (%s) refused by user-service; dropped", item.id(), entry.get().kind());
            }
        }
        QuarkusTransaction.requiringNew().run(() -> store.queue().complete(item));
    }
}
