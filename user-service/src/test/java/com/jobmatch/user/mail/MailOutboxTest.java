package com.jobmatch.user.mail;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.SmtpFake;
import com.jobmatch.user.UserServiceTestResources;
import com.jobmatch.user.config.MailConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail is never lost (issue 21): it is a row of the mail outbox written in the transaction of the change it reports,
 * sent right after the commit, retried while the mail server fails, and deleted once sent. The mail server is
 * GreenMail ({@link SmtpFake}), stopped to stand for a server that is down.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class MailOutboxTest {

    /** Longer than any wait below that expects nothing to happen: the workers poll at least this often. */
    private static final Duration MORE_THAN_A_POLL = Duration.ofMillis(2_500);

    @Inject
    MailSender sender;

    @Inject
    MailConfig config;

    @Inject
    Db db;

    @Test
    void aMailOfARolledBackTransactionIsNeverSentOneOfACommittedTransactionExactlyOnce() throws InterruptedException {
        String address = Accounts.newEmail();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            sender.send(new MailMessage(address, "Rolled back", "This change never happened."));
            throw new IllegalStateException("the change fails after asking for its mail");
        }));
        assertEquals(0, rows(address), "a rolled-back mail leaves no row");

        QuarkusTransaction.requiringNew().run(() -> sender.send(new MailMessage(address, "Committed", "This one did.")));
        SmtpFake.Mail mail = SmtpFake.nth(address, 1);
        assertEquals("Committed", mail.subject());
        assertTrue(mail.text().contains("This one did."), mail.text());
        waitUntil(() -> rows(address) == 0, Duration.ofSeconds(10), "the sent mail's row is deleted");

        Thread.sleep(MORE_THAN_A_POLL.toMillis());
        assertEquals(1, SmtpFake.to(address).size(), "sent once, and the rolled-back mail never");
    }

    @Test
    void aCommittedMailLeavesAtOnceNotAtTheNextPoll() {
        // Each mail is asked for right after the previous one arrived, so a worker that only polls would have just
        // gone to sleep for a whole poll interval (2 s) and the mail would wait for it; the commit wakes a sender.
        assertTrue(config.outbox().pollEvery().compareTo(Duration.ofMillis(1_500)) > 0, "the test needs a poll above 1.5 s");
        String address = Accounts.newEmail();
        for (int n = 1; n <= 3; n++) {
            String subject = "Mail " + n;
            sender.send(new MailMessage(address, subject, "No transaction around it: one of its own."));
            assertEquals(subject, SmtpFake.nth(address, n, Duration.ofMillis(1_500)).subject());
        }
    }

    @Test
    void aMailTheServerDoesNotTakeStaysQueuedIsRetriedAndArrivesOnceWhenTheServerIsBack() throws InterruptedException {
        String email = Accounts.newEmail();
        SmtpFake.stop();
        try {
            // The confirmation mail of a registration, as the browser journey in CI waited for.
            new Accounts().client().body(Map.of("email", email, "password", Accounts.PASSWORD, "name", "Retry"))
                    .post("/api/auth/register").then().statusCode(202);
            // Waiting again (not running an attempt) after at least two failed attempts: the workers retried by themselves.
            waitUntil(() -> attempts(email) >= 2 && "pending".equals(column(email, "status")), Duration.ofSeconds(20),
                    "the workers retry the failed send");
            String error = column(email, "last_error");
            assertNotNull(error, "the failure is kept");
            assertFalse(error.contains(email), "the kept failure names no address: " + error);
            assertNotNull(column(email, "text"), "the text waits to be sent");
        } finally {
            SmtpFake.restart();
        }
        SmtpFake.Mail mail = SmtpFake.nth(email, 1, Duration.ofSeconds(30));
        assertEquals("Confirm your email address", mail.subject());
        mail.token();
        waitUntil(() -> rows(email) == 0, Duration.ofSeconds(10), "the sent mail's row, with its token, is deleted");

        Thread.sleep(MORE_THAN_A_POLL.toMillis());
        assertEquals(1, SmtpFake.to(email).size(), "sent once");
    }

    @Test
    void aMailThatFailsItsLastAttemptIsGivenUpWithItsErrorAndWithoutItsText() throws InterruptedException {
        String address = Accounts.newEmail();
        SmtpFake.stop();
        try {
            sender.send(new MailMessage(address, "Given up", "Token: one-time-secret"));
            waitUntil(() -> attempts(address) >= 1 && "pending".equals(column(address, "status")), Duration.ofSeconds(10),
                    "the first attempt fails");
            // As if every attempt but the last had failed already, and the next one were due now.
            db.update("UPDATE mail_outbox SET attempts = ?, run_after = now() WHERE recipient = ?",
                    config.outbox().maxAttempts() - 1, address);
            // The queue marks the mail dead, then the worker blanks its text (the queue's give-up hook, right after).
            waitUntil(() -> "dead".equals(column(address, "status")) && column(address, "text") == null,
                    Duration.ofSeconds(10), "the last attempt fails and the text, with its tokens, does not linger");
            assertEquals("Given up", column(address, "subject"));
            assertNotNull(column(address, "last_error"));
        } finally {
            SmtpFake.restart();
        }
        Thread.sleep(MORE_THAN_A_POLL.toMillis());
        assertTrue(SmtpFake.to(address).isEmpty(), "a dead mail is not sent by itself");
        assertEquals("dead", column(address, "status"));
    }

    private long rows(String address) {
        return db.count("SELECT count(*) FROM mail_outbox WHERE recipient = ?", address);
    }

    private int attempts(String address) {
        String attempts = column(address, "attempts");
        return attempts == null ? 0 : Integer.parseInt(attempts);
    }

    private String column(String address, String column) {
        return db.single("SELECT " + column + " FROM mail_outbox WHERE recipient = ?", address);
    }

    private static void waitUntil(BooleanSupplier condition, Duration wait, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + wait);
            }
            Thread.sleep(50);
        }
    }
}
