package com.jobmatch.common.security.revocation;

import com.jobmatch.contract.api.TokenRevocations;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the revocations come from: user-service's internal feed over HTTP ({@link RemoteRevocationFeed}), or, inside
 * user-service, its own table.
 */
public interface RevocationFeed {

    /** The revocations since {@code since} (null: every retained one), or empty when the source cannot answer now. */
    Optional<TokenRevocations> since(Instant since);
}
