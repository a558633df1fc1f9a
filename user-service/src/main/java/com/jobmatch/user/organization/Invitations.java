package com.jobmatch.user.organization;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.mail.Mails;
import com.jobmatch.user.tokens.SecretTokens;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.util.UUID;

/**
 * Joining an organization: an owner invites an email address, the invitee (registered already or after registering)
 * accepts with the mailed token while signed in with that address. The token works once, only for that address, until
 * it expires or a newer invitation to the same address replaces it.
 */
@ApplicationScoped
public class Invitations {

    private final OrganizationsConfig config;
    private final Organizations organizations;
    private final OrganizationRepository organizationRows;
    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final UserRepository users;
    private final Mails mails;
    private final AuditLog audit;

    public Invitations(OrganizationsConfig config, Organizations organizations, OrganizationRepository organizationRows,
                       InvitationRepository invitations, MemberRepository members, UserRepository users, Mails mails,
                       AuditLog audit) {
        this.config = config;
        this.organizations = organizations;
        this.organizationRows = organizationRows;
        this.invitations = invitations;
        this.members = members;
        this.users = users;
        this.mails = mails;
        this.audit = audit;
    }

    /** An owner invites an address; the mail leaves when the invitation is stored. */
    @Transactional
    public InvitationView invite(Organizations.Actor actor, UUID organizationId, String rawEmail, OrgRole role) {
        Organization organization = organizations.requireOwner(actor, organizationId);
        String email = User.normalizeEmail(rawEmail);
        User invitee = users.findByEmail(email).orElse(null);
        if (invitee != null && members.findInOrganization(organizationId, invitee.id).isPresent()) {
            throw ProblemException.conflict("This person is already a member of the organization");
        }
        Instant now = Instant.now();
        invitations.revokePending(organizationId, email, now);
        String token = SecretTokens.newToken();
        Invitation invitation = new Invitation();
        invitation.organizationId = organizationId;
        invitation.email = email;
        invitation.role = role.value();
        invitation.tokenHash = SecretTokens.hash(token);
        invitation.invitedBy = actor.userId();
        invitation.expiresAt = now.plus(config.invitationLifetime());
        invitations.persistAndFlush(invitation);
        String inviter = users.findByIdOptional(actor.userId()).map(u -> u.displayName).orElse("JobMatch");
        mails.sendInvitation(email, organization.name, inviter, role.value(), token, config.invitationLifetime());
        audit.recordInOrganization(AuditEvent.Type.INVITATION_SENT, organizationId, invitee == null ? null : invitee.id,
                actor.userId(), actor.client(), "invited " + email + " as " + role.value());
        return InvitationView.of(invitation);
    }

    /** The open invitations of an organization (owners and admins). */
    @Transactional
    public Page<InvitationView> pending(Organizations.Actor actor, UUID organizationId, int page, int size) {
        organizations.requireOwner(actor, organizationId);
        PanacheQuery<Invitation> query = invitations.pending(organizationId, Instant.now(), page, size);
        return new Page<>(query.list().stream().map(InvitationView::of).toList(), page, size, query.count());
    }

    /** An owner withdraws an open invitation; its link stops working. */
    @Transactional
    public void revoke(Organizations.Actor actor, UUID organizationId, UUID invitationId) {
        organizations.requireOwner(actor, organizationId);
        Instant now = Instant.now();
        // Read under the lock acceptance takes: read without it, an invitation accepted meanwhile was stored back as
        // withdrawn and never accepted, beside the membership its acceptance made.
        Invitation invitation = invitations.findInOrganizationForUpdate(organizationId, invitationId)
                .filter(i -> i.pendingAt(now))
                .orElseThrow(() -> ProblemException.notFound("Invitation"));
        invitation.revokedAt = now;
        audit.recordInOrganization(AuditEvent.Type.INVITATION_REVOKED, organizationId, null, actor.userId(),
                actor.client(), "invitation of " + invitation.email);
    }

    /**
     * The signed-in invitee accepts: they become a member with the invited role, and their address counts as verified
     * (the token reached it). Their next token (refresh or login) carries the organization claims.
     */
    @Transactional
    public OrganizationView accept(Organizations.Actor actor, String token) {
        Instant now = Instant.now();
        Invitation invitation = invitations.findByHashForUpdate(SecretTokens.hash(token))
                .filter(i -> i.pendingAt(now))
                .orElseThrow(() -> ProblemException.invalidField("token", "is invalid, used or expired"));
        User user = users.findById(actor.userId());
        if (user == null || !user.email.equals(invitation.email)) {
            throw ProblemException.forbidden("This invitation was sent to another email address");
        }
        if (members.findByUser(user.id).isPresent()) {
            throw ProblemException.conflict("You already belong to an organization");
        }
        Organization organization = organizationRows.findById(invitation.organizationId);
        OrganizationMember member = Organizations.newMember(organization, user.id, OrgRole.of(invitation.role));
        try {
            members.persistAndFlush(member);
        } catch (ConstraintViolationException raced) {
            throw ProblemException.conflict("You already belong to an organization");
        }
        invitation.acceptedAt = now;
        invitation.acceptedBy = user.id;
        user.emailVerified = true;
        audit.recordInOrganization(AuditEvent.Type.INVITATION_ACCEPTED, organization.id, user.id, user.id,
                actor.client(), "invited by " + invitation.invitedBy);
        audit.recordInOrganization(AuditEvent.Type.MEMBER_ADDED, organization.id, user.id, invitation.invitedBy,
                actor.client(), "role " + invitation.role + " by invitation");
        return OrganizationView.of(organization, member);
    }
}
