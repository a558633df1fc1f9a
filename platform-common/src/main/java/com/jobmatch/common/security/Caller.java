package com.jobmatch.common.security;

import com.jobmatch.common.problem.ProblemException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * Who is calling, read from the verified JWT. Resources use it to decide whether the caller may see a
 * record; a record of someone else answers 404 so ids cannot be probed.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken jwt;

    public Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public UUID userId() {
        if (jwt == null || jwt.getSubject() == null) {
            throw new UnauthorizedException();
        }
        try {
            return UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("This token does not belong to a user");
        }
    }

    public String subject() {
        return jwt == null ? null : jwt.getSubject();
    }

    public boolean hasRole(String role) {
        return jwt != null && jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isService() {
        return hasRole(Roles.SERVICE);
    }

    public boolean isRecruiter() {
        return hasRole(Roles.RECRUITER);
    }

    /**
     * The organization of an organization member's token (claim {@code org}, which user-service issues to members);
     * null for anyone else, and for a claim that is not a UUID.
     */
    public UUID organizationId() {
        Object claim = jwt == null ? null : jwt.getClaim("org");
        if (claim == null) {
            return null;
        }
        try {
            return UUID.fromString(claim.toString().replace("\"", "").strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The session id claim of a user token, or null for service tokens. */
    public String sessionId() {
        return jwt == null ? null : jwt.getClaim("sid");
    }

    /** True when the caller is the owner, or a service acting for the platform. */
    public boolean mayAccess(UUID ownerId) {
        return isService() || (ownerId != null && ownerId.equals(userId()));
    }

    /** Answers 404 for records the caller may not see, so their existence is not revealed. */
    public void requireAccess(UUID ownerId, String what) {
        if (!mayAccess(ownerId)) {
            throw ProblemException.notFound(what);
        }
    }
}
