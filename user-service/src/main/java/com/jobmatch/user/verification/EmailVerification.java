package com.jobmatch.user.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An email-verification token; it proves the address it was sent to, even if the account's email changes later. */
@Entity
@Table(name = "email_verifications")
public class EmailVerification extends OneTimeToken {

    public String email;
}
