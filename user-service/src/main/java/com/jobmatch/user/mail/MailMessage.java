package com.jobmatch.user.mail;

/** A plain-text mail to one recipient. */
public record MailMessage(String to, String subject, String text) {

    /**
     * The recipient as logs show it: the first letter and the domain ({@code j***@example.com}). Logs carry no
     * full address (personal data) and never the text, which holds one-time tokens.
     */
    public String maskedRecipient() {
        int at = to == null ? -1 : to.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return to.charAt(0) + "***" + to.substring(at);
    }
}
