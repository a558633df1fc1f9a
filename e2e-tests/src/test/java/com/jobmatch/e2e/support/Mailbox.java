package com.jobmatch.e2e.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port: the started user-service sends every mail to it
 * (see {@link ServiceProcesses}), and the journeys read what arrived, as the recipient would.
 */
public final class Mailbox implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("Token: (\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** A received message, decoded. */
    public record Mail(String to, String subject, String text) {

        /** The single-use token of an invitation, verification or reset mail. */
        public String token() {
            Matcher matcher = TOKEN.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("no token in mail: " + text);
            }
            return matcher.group(1);
        }
    }

    private final GreenMail server;

    public Mailbox() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** The messages received for this address so far, oldest first. */
    public List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(Mailbox::decode)
                .filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits for a message to this address that {@code wanted} accepts, and returns the first such one. */
    public Mail await(String address, String what, Predicate<Mail> wanted) {
        return Eventually.await(what + " mailed to " + address, WAIT,
                () -> to(address).stream().filter(wanted).findFirst(),
                () -> "received: " + to(address).stream().map(Mail::subject).toList());
    }

    /** Waits until {@code count} messages to this address have subjects containing {@code subjectPart}. */
    public List<Mail> awaitCount(String address, String subjectPart, int count) {
        return Eventually.await(count + " mails \"" + subjectPart + "\" to " + address, WAIT, () -> {
            List<Mail> found = to(address).stream().filter(m -> m.subject().contains(subjectPart)).toList();
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, () -> "received: " + to(address).stream().map(Mail::subject).toList());
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Mail decode(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
