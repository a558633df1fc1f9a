package com.jobmatch.matching.recruiting;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller as a member of an organization, from the verified token: {@code org} (the organization's UUID) and
 * {@code org_role} (owner, recruiter, hiring_manager), which user-service puts in the access tokens of members.
 * A recruiter without them belongs to no organization and may use none of the organization endpoints (403); another
 * organization's records answer 404, so their ids cannot be probed.
 */
@RequestScoped
public class OrgMember {

    /** Who acts, for which organization, in which role. */
    public record Membership(UUID userId, UUID organizationId, OrgRole role) {

        /** 404 {@code what} unless the record belongs to this organization. */
        public void requireOwn(UUID recordOrganization, String what) {
            if (!organizationId.equals(recordOrganization)) {
                throw ProblemException.notFound(what);
            }
        }
    }

    private final JsonWebToken jwt;
    private final Caller caller;

    public OrgMember(JsonWebToken jwt, Caller caller) {
        this.jwt = jwt;
        this.caller = caller;
    }

    /** The caller's organization, if the token names one. */
    public Optional<UUID> organization() {
        return Optional.ofNullable(caller.organizationId());
    }

    /** Any member (hiring managers too): reading the organization's records. */
    public Membership reader() {
        UUID organization = organization()
                .orElseThrow(() -> ProblemException.forbidden("This account belongs to no organization"));
        Object role = jwt.getClaim("org_role");
        OrgRole parsed = OrgRole.parse(role == null ? null : role.toString().replace("\"", ""))
                .orElseThrow(() -> ProblemException.forbidden("This account has no role in its organization"));
        return new Membership(caller.userId(), organization, parsed);
    }

    /** Owners and recruiters: changing the organization's records; a hiring manager gets 403. */
    public Membership editor() {
        Membership member = reader();
        if (!member.role().edits()) {
            throw ProblemException.forbidden("A hiring manager may read the organization's jobs and applicants but not change them");
        }
        return member;
    }
}
