package com.jobmatch.user.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A password-reset token sent by mail. */
@Entity
@Table(name = "password_resets")
public class PasswordReset extends OneTimeToken {
}
