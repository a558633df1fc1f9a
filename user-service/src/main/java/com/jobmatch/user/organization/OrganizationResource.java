package com.jobmatch.user.organization;

import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.user.api.RequestOrigin;
import com.jobmatch.user.domain.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/**
 * Organizations, members and invitations. Admins create organizations and may act in any; owners invite, change roles
 * and remove members; members read their organization and its members. A caller outside an organization gets 404
 * for it (ids cannot be probed), a member who is not an owner 403 on owner-only actions, a candidate 403.
 */
@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final Organizations organizations;
    private final Invitations invitations;
    private final Caller caller;
    private final RequestOrigin origin;

    public OrganizationResource(Organizations organizations, Invitations invitations, Caller caller, RequestOrigin origin) {
        this.organizations = organizations;
        this.invitations = invitations;
        this.caller = caller;
        this.origin = origin;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull OrganizationRequests.Create request) {
        OrganizationView created = organizations.create(actor(), request.name(), request.ownerEmail());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Page<OrganizationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return organizations.list(page, size);
    }

    /** The caller's organization and role; 404 for someone who belongs to none. */
    @GET
    @Path("/mine")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
    public OrganizationView mine() {
        return organizations.mine(caller.userId());
    }

    /** The invitee, signed in with the invited address, joins with the mailed token. */
    @POST
    @Path("/invitations/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
    public OrganizationView accept(@Valid @NotNull OrganizationRequests.Accept request) {
        return invitations.accept(actor(), request.token());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public OrganizationView get(@PathParam("id") UUID id) {
        return organizations.get(actor(), id);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public List<MemberView> members(@PathParam("id") UUID id) {
        return organizations.members(actor(), id);
    }

    @PUT
    @Path("/{id}/members/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public MemberView changeRole(@PathParam("id") UUID id, @PathParam("userId") UUID userId,
                                 @Valid @NotNull OrganizationRequests.RoleChange request) {
        return organizations.changeRole(actor(), id, userId, OrgRole.of(request.role()));
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response remove(@PathParam("id") UUID id, @PathParam("userId") UUID userId) {
        organizations.remove(actor(), id, userId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response invite(@PathParam("id") UUID id, @Valid @NotNull OrganizationRequests.Invite request) {
        InvitationView invitation = invitations.invite(actor(), id, request.email(), OrgRole.of(request.role()));
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }

    @GET
    @Path("/{id}/invitations")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public List<InvitationView> invitations(@PathParam("id") UUID id) {
        return invitations.pending(actor(), id);
    }

    @DELETE
    @Path("/{id}/invitations/{invitationId}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response revokeInvitation(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        invitations.revoke(actor(), id, invitationId);
        return Response.noContent().build();
    }

    private Organizations.Actor actor() {
        return new Organizations.Actor(caller.userId(), caller.isAdmin(), origin.client());
    }
}
