package com.jobmatch.user;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free port that user-service sends its mail to in tests; tests read the messages
 * it received. Mail leaves user-service asynchronously after the commit, so reads wait for the message they expect.
 */
public final class SmtpFake {

    private static final Pattern TOKEN = Pattern.compile("Token: (\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static GreenMail server;
    private static int port;

    /** A received message, decoded. */
    public record Mail(String to, String from, String subject, String text) {

        public String token() {
            Matcher matcher = TOKEN.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("no token in mail: " + text);
            }
            return matcher.group(1);
        }
    }

    private SmtpFake() {
    }

    /** Starts the server once per test JVM; returns the configuration pointing Quarkus Mailer at it. */
    static synchronized Map<String, String> start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
        }
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED");
    }

    /** The mail server goes down: connections to its port are refused until {@link #restart()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** The mail server is back on the same port, its mailbox empty (what it received before is gone). */
    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The messages received for this address so far, oldest first. */
    public static synchronized List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .map(SmtpFake::decode)
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    /**
     * Waits until this address has received {@code n} messages (counting from 1) and returns the n-th in arrival
     * order: use it to wait for a count, or for a mail nothing else was queued beside (see {@link #nth(String, String, int)}).
     */
    public static Mail nth(String address, int n) {
        return nth(address, n, WAIT);
    }

    /** As {@link #nth(String, int)}, failing when the message is not there within {@code wait}. */
    public static Mail nth(String address, int n, Duration wait) {
        return nth(address, "", n, wait);
    }

    /**
     * Waits until this address has received {@code n} messages whose subject starts with {@code subject} and returns
     * the n-th of them. Mail leaves through several outbox workers, and a failed send comes back after a backoff, so
     * two mails queued one after the other may arrive in either order: a test reads the one it means by its subject.
     */
    public static Mail nth(String address, String subject, int n) {
        return nth(address, subject, n, WAIT);
    }

    private static Mail nth(String address, String subject, int n, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            List<Mail> received = to(address).stream().filter(mail -> mail.subject().startsWith(subject)).toList();
            if (received.size() >= n) {
                return received.get(n - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("mail " + n + (subject.isEmpty() ? "" : " titled '" + subject + "...'") + " to "
                        + address + " did not arrive within " + wait + "; received " + to(address));
            }
            sleep();
        }
    }

    private static Mail decode(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getFrom()[0].toString(), message.getSubject(), GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
