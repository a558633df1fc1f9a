package com.jobmatch.user.mail;

/** A plain-text mail to one recipient. */
public record MailMessage(String to, String subject, String text) {
}
