package com.jobmatch.user.tokens;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A session ended ({@code session}) or an account disabled ({@code user}): tokens issued before stop working. */
@Entity
@Table(name = "token_revocations")
public class TokenRevocation extends PanacheEntityBase {

    public static final String SESSION = "session";
    public static final String USER = "user";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;

    public UUID subjectId;

    public Instant revokedAt;

    public static TokenRevocation of(String kind, UUID subjectId, Instant revokedAt) {
        TokenRevocation revocation = new TokenRevocation();
        revocation.kind = kind;
        revocation.subjectId = subjectId;
        revocation.revokedAt = revokedAt;
        return revocation;
    }
}
