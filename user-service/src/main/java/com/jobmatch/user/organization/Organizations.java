package com.jobmatch.user.organization;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.user.accounts.ClientInfo;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.sessions.SessionService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.util.Optional;
import java.util.UUID;

/**
 * Organizations and their members. The database is the authority on who belongs where: every check here reads the
 * membership, so a change holds at once in user-service; the token claims follow at the next token. Removing a member
 * or changing their role ends their sessions (through the revocation feed), so no service keeps honouring the old
 * claims for the rest of a token's life.
 */
@ApplicationScoped
public class Organizations {

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final UserRepository users;
    private final SessionService sessions;
    private final AuditLog audit;

    public Organizations(OrganizationRepository organizations, MemberRepository members, UserRepository users,
                         SessionService sessions, AuditLog audit) {
        this.organizations = organizations;
        this.members = members;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Who is asking: a user id and whether they are an admin (admins may act in any organization). */
    public record Actor(UUID userId, boolean admin, ClientInfo client) {
    }

    /** An admin creates an organization with its first owner, an existing account. */
    @Transactional
    public OrganizationView create(Actor admin, String name, String ownerEmail) {
        User owner = users.findByEmail(ownerEmail)
                .orElseThrow(() -> ProblemException.invalidField("ownerEmail", "no account uses this email"));
        if (members.findByUser(owner.id).isPresent()) {
            throw ProblemException.conflict("This user already belongs to an organization");
        }
        if (organizations.nameTaken(name)) {
            throw ProblemException.conflict("An organization with this name exists");
        }
        Organization organization = new Organization();
        organization.name = name.strip();
        organization.createdBy = admin.userId();
        OrganizationMember member = newMember(organization, owner.id, OrgRole.OWNER);
        try {
            organizations.persistAndFlush(organization);
            member.organizationId = organization.id;
            members.persistAndFlush(member);
        } catch (ConstraintViolationException raced) {
            throw ProblemException.conflict("The name or the owner was taken by a concurrent request");
        }
        audit.recordInOrganization(AuditEvent.Type.ORGANIZATION_CREATED, organization.id, owner.id, admin.userId(),
                admin.client(), "organization '" + organization.name + "', owner " + owner.email);
        audit.recordInOrganization(AuditEvent.Type.MEMBER_ADDED, organization.id, owner.id, admin.userId(),
                admin.client(), "role owner");
        return OrganizationView.of(organization, null);
    }

    /** All organizations, newest first (admins). */
    @Transactional
    public Page<OrganizationView> list(int page, int size) {
        PanacheQuery<Organization> query = organizations.newestFirst().page(io.quarkus.panache.common.Page.of(page, size));
        return new Page<>(query.list().stream().map(o -> OrganizationView.of(o, null)).toList(), page, size, query.count());
    }

    /** The caller's own organization (404 when they belong to none). */
    @Transactional
    public OrganizationView mine(UUID userId) {
        OrganizationMember member = members.findByUser(userId).orElseThrow(() -> ProblemException.notFound("Organization"));
        return OrganizationView.of(organizations.findById(member.organizationId), member);
    }

    /** One organization, for its members and admins; others get 404 so ids cannot be probed. */
    @Transactional
    public OrganizationView get(Actor actor, UUID organizationId) {
        Optional<OrganizationMember> member = members.findInOrganization(organizationId, actor.userId());
        Organization organization = visible(actor, organizationId, member);
        return OrganizationView.of(organization, member.orElse(null));
    }

    /** The members, for every member of the organization (recruiters pick interviewers among them) and admins. */
    @Transactional
    public Page<MemberView> members(Actor actor, UUID organizationId, int page, int size) {
        visible(actor, organizationId, members.findInOrganization(organizationId, actor.userId()));
        return new Page<>(members.views(organizationId, page, size), page, size, members.countIn(organizationId));
    }

    /** An owner changes a member's role; the member's sessions end so their tokens carry the new role. */
    @Transactional
    public MemberView changeRole(Actor actor, UUID organizationId, UUID userId, OrgRole role) {
        requireOwner(actor, organizationId);
        OrganizationMember member = members.findInOrganization(organizationId, userId)
                .orElseThrow(() -> ProblemException.notFound("Member"));
        OrgRole before = member.orgRole();
        if (before != role) {
            if (before == OrgRole.OWNER && members.owners(organizationId) == 1) {
                throw ProblemException.conflict("An organization keeps at least one owner");
            }
            member.role = role.value();
            int ended = sessions.revokeAll(userId, "organization-role-changed");
            audit.recordInOrganization(AuditEvent.Type.MEMBER_ROLE_CHANGED, organizationId, userId, actor.userId(),
                    actor.client(), before.value() + " -> " + role.value() + ", " + ended + " sessions revoked");
        }
        return MemberView.of(member, users.findById(userId));
    }

    /** An owner removes a member; the member's sessions end at once, at every service. */
    @Transactional
    public void remove(Actor actor, UUID organizationId, UUID userId) {
        requireOwner(actor, organizationId);
        OrganizationMember member = members.findInOrganization(organizationId, userId)
                .orElseThrow(() -> ProblemException.notFound("Member"));
        if (member.orgRole() == OrgRole.OWNER && members.owners(organizationId) == 1) {
            throw ProblemException.conflict("An organization keeps at least one owner");
        }
        members.delete(member);
        int ended = sessions.revokeAll(userId, "organization-member-removed");
        audit.recordInOrganization(AuditEvent.Type.MEMBER_REMOVED, organizationId, userId, actor.userId(),
                actor.client(), "was " + member.role + ", " + ended + " sessions revoked");
    }

    /**
     * Locks the organization and checks that the actor owns it (or is an admin). Someone outside it gets 404, a member
     * who is not an owner 403. Locking serializes owner changes, so two owners cannot remove each other at once.
     */
    Organization requireOwner(Actor actor, UUID organizationId) {
        Optional<OrganizationMember> member = members.findInOrganization(organizationId, actor.userId());
        if (member.isEmpty() && !actor.admin()) {
            throw ProblemException.notFound("Organization");
        }
        Organization organization = organizations.findByIdForUpdate(organizationId)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        if (member.isPresent() && member.get().orgRole() != OrgRole.OWNER && !actor.admin()) {
            throw ProblemException.forbidden("Only an owner of the organization may do this");
        }
        return organization;
    }

    /** A new member row for this organization (its id is set by the caller once the organization has one). */
    static OrganizationMember newMember(Organization organization, UUID userId, OrgRole role) {
        OrganizationMember member = new OrganizationMember();
        member.organizationId = organization.id;
        member.userId = userId;
        member.role = role.value();
        return member;
    }

    private Organization visible(Actor actor, UUID organizationId, Optional<OrganizationMember> member) {
        if (member.isEmpty() && !actor.admin()) {
            throw ProblemException.notFound("Organization");
        }
        return organizations.findByIdOptional(organizationId).orElseThrow(() -> ProblemException.notFound("Organization"));
    }
}
