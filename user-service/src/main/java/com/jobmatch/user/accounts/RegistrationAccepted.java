package com.jobmatch.user.accounts;

/** The one answer to a registration, new email or not: the next step is in the mailbox. */
public record RegistrationAccepted(String status, String message) {

    static final RegistrationAccepted CHECK_YOUR_EMAIL = new RegistrationAccepted("accepted",
            "Check your email: we sent a link to confirm the address, or a note if it already has an account");
}
