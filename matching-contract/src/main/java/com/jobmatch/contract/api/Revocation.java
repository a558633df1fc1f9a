package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** A session id or a user id, and when it was revoked. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Revocation(UUID id, Instant revokedAt) {
}
