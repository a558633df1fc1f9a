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
        }
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED");
    }

    /** The messages received for this address so far, oldest first. */
    public static List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .map(SmtpFake::decode)
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    /** Waits until this address has received {@code n} messages (counting from 1) and returns the n-th. */
    public static Mail nth(String address, int n) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<Mail> received = to(address);
            if (received.size() >= n) {
                return received.get(n - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("mail " + n + " to " + address + " did not arrive; received " + received);
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
