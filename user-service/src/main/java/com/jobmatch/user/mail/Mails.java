package com.jobmatch.user.mail;

import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.user.config.MailConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The texts of the mails user-service sends; links point at the web front end. Account mails someone waits for are
 * interactive work in the outbox, notices and digests bulk work behind them.
 */
@ApplicationScoped
public class Mails {

    private final MailSender sender;
    private final MailConfig config;

    public Mails(MailSender sender, MailConfig config) {
        this.sender = sender;
        this.config = config;
    }

    public void sendEmailVerification(String to, String name, String token, Duration validFor) {
        sender.send(new MailMessage(to, "Confirm your email address",
                "Hello " + name + ",\n\nconfirm your email address for JobMatch by opening\n"
                        + link("/verify-email", token) + "\n\nThe link works once, for "
                        + validFor.toMinutes() + " minutes.\nToken: " + token + "\n"));
    }

    public void sendPasswordReset(String to, String name, String token, Duration validFor) {
        sender.send(new MailMessage(to, "Reset your password",
                "Hello " + name + ",\n\nsomeone asked to reset your JobMatch password. If it was you, open\n"
                        + link("/reset-password", token) + "\n\nThe link works once, for "
                        + validFor.toMinutes() + " minutes. If it was not you, ignore this mail.\nToken: " + token + "\n"));
    }

    /** To the owner of an email someone tried to register again: the registration answer itself says nothing. */
    public void sendAccountExists(String to, String name) {
        sender.send(new MailMessage(to, "You already have a JobMatch account",
                "Hello " + name + ",\n\nsomeone tried to register a JobMatch account with this email address, which already\n"
                        + "has one. If it was you, sign in, or reset your password at\n" + config.linkBaseUrl()
                        + "/reset-password\n\nIf it was not you, ignore this mail: nothing was changed.\n"));
    }

    /** An invitation to join an organization; the link works once, for the signed-in account of this address. */
    public void sendInvitation(String to, String organization, String invitedBy, String role, String token,
                               Duration validFor) {
        sender.send(new MailMessage(to, "Join " + organization + " on JobMatch",
                "Hello,\n\n" + invitedBy + " invites you to join " + organization + " on JobMatch as "
                        + role.replace('_', ' ') + ". Sign in (or register) with this email address and open\n"
                        + link("/accept-invitation", token) + "\n\nThe link works once, for " + validFor.toDays()
                        + " days. If you did not expect it, ignore this mail.\nToken: " + token + "\n"));
    }

    /** A notification another service asked for (stage changes, interviews, new matches...), sent as written. */
    public void sendNotification(String to, String subject, String text) {
        sender.send(new MailMessage(to, subject, text), WorkPriority.BULK);
    }

    /** The daily or weekly collection of new-match notifications. */
    public void sendDigest(String to, String name, String period, List<DigestItem> items) {
        StringBuilder text = new StringBuilder("Hello " + name + ",\n\nyour " + period + " JobMatch digest ("
                + items.size() + (items.size() == 1 ? " notification" : " notifications") + "):\n");
        for (DigestItem item : items) {
            text.append("\n* ").append(item.subject()).append("\n").append(item.text().strip()).append("\n");
        }
        text.append("\nChange how often you hear from us in your preferences: ").append(config.linkBaseUrl())
                .append("/preferences\n");
        sender.send(new MailMessage(to, "Your " + period + " JobMatch digest: " + items.size() + " new", text.toString()),
                WorkPriority.BULK);
    }

    /** One notification inside a digest. */
    public record DigestItem(String subject, String text) {
    }

    private String link(String path, String token) {
        return config.linkBaseUrl() + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
