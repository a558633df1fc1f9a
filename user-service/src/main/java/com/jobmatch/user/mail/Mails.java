package com.jobmatch.user.mail;

import com.jobmatch.user.config.MailConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The texts of the mails user-service sends; links point at the web front end. */
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

    private String link(String path, String token) {
        return config.linkBaseUrl() + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
