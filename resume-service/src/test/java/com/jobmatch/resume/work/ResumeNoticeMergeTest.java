package com.jobmatch.resume.work;

import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.resume.testing.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Resume-changed notices still waiting untried merge: matching hears once, with the newest state. */
@QuarkusTest
class ResumeNoticeMergeTest {

    @Inject
    ResumeWorkStore queue;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWaitingNoticeTakesTheNewerOneAndTheMoreUrgentClass() {
        UUID resume = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        // One transaction, so no worker can claim the first notice in between.
        QuarkusTransaction.requiringNew().run(() -> {
            queue.enqueueNotice(resume, owner, WorkPriority.BULK, "{\"userId\":\"%s\",\"version\":1,\"deleted\":false}".formatted(owner));
            queue.enqueueNotice(resume, owner, WorkPriority.INTERACTIVE, "{\"userId\":\"%s\",\"version\":2,\"deleted\":false}".formatted(owner));
        });
        Db db = new Db(dataSource);
        assertEquals(1, db.count("SELECT count(*) FROM resume_work WHERE resume_id = ? AND kind = 'notify'", resume));
        assertEquals("2:0", db.text("SELECT (payload->>'version') || ':' || priority FROM resume_work WHERE resume_id = ? AND kind = 'notify'", resume));
    }

    @Test
    void aNoticeAlreadyTriedIsNotChangedAndANewOneIsQueued() {
        UUID resume = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            queue.enqueueNotice(resume, owner, WorkPriority.INTERACTIVE, "{\"userId\":\"%s\",\"version\":1,\"deleted\":false}".formatted(owner));
            // As if a worker had tried to deliver it once (matching was down).
            em.createNativeQuery("UPDATE resume_work SET attempts = 1 WHERE resume_id = :resume").setParameter("resume", resume)
                    .executeUpdate();
            queue.enqueueNotice(resume, owner, WorkPriority.INTERACTIVE, "{\"userId\":\"%s\",\"version\":2,\"deleted\":false}".formatted(owner));
        });
        Db db = new Db(dataSource);
        assertEquals(2, db.count("SELECT count(*) FROM resume_work WHERE resume_id = ? AND kind = 'notify'", resume));
        assertEquals("1,2", db.text("SELECT string_agg(payload->>'version', ',' ORDER BY payload->>'version') "
                + "FROM resume_work WHERE resume_id = ? AND kind = 'notify'", resume));
    }
}
