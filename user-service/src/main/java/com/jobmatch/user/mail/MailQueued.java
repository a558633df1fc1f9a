package com.jobmatch.user.mail;

/** A mail was queued in the outbox; observed after the commit, to wake a worker ({@link MailOutboxWorker}). */
record MailQueued() {
}
