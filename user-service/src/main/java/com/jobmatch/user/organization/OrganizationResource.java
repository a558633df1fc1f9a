package com.jobmatch.user.organization;

import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.user.accounts.RequestOrigin;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Operation(operationId = "createOrganization", summary = "Creates an organization with its first owner (admins)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken, or the owner already belongs to an organization")
    public Response create(@Valid @NotNull OrganizationRequests.Create request) {
        OrganizationView created = organizations.create(actor(), request.name(), request.ownerEmail());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listOrganizations", summary = "All organizations, one page at a time (admins)")
    public Page<OrganizationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return organizations.list(page, size);
    }

    /** The caller's organization and role; 404 for someone who belongs to none. */
    @GET
    @Path("/mine")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "getMyOrganization", summary = "The caller's organization and role")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "The caller belongs to no organization")
    public OrganizationView mine() {
        return organizations.mine(caller.userId());
    }

    /** The invitee, signed in with the invited address, joins with the mailed token. */
    @POST
    @Path("/invitations/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "acceptInvitation", summary = "The invitee joins the organization with the mailed token")
    @APIResponse(responseCode = "200", description = "Joined", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "The caller already belongs to an organization")
    public OrganizationView accept(@Valid @NotNull OrganizationRequests.Accept request) {
        return invitations.accept(actor(), request.token());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "getOrganization", summary = "One organization (its members and admins)")
    public OrganizationView get(@PathParam("id") UUID id) {
        return organizations.get(actor(), id);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "listOrganizationMembers", summary = "The members of an organization, longest-standing first")
    public Page<MemberView> members(@PathParam("id") UUID id,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return organizations.members(actor(), id, page, size);
    }

    @PUT
    @Path("/{id}/members/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "changeOrganizationMemberRole", summary = "Changes a member's role (owners)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "The organization would be left without an owner")
    public MemberView changeRole(@PathParam("id") UUID id, @PathParam("userId") UUID userId,
                                 @Valid @NotNull OrganizationRequests.RoleChange request) {
        return organizations.changeRole(actor(), id, userId, OrgRole.of(request.role()));
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "removeOrganizationMember", summary = "Removes a member (owners)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The organization would be left without an owner")
    public Response remove(@PathParam("id") UUID id, @PathParam("userId") UUID userId) {
        organizations.remove(actor(), id, userId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "inviteToOrganization", summary = "Invites an email address to the organization (owners)")
    @APIResponse(responseCode = "201", description = "Invited; the invitation is mailed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "The person is already a member")
    public Response invite(@PathParam("id") UUID id, @Valid @NotNull OrganizationRequests.Invite request) {
        InvitationView invitation = invitations.invite(actor(), id, request.email(), OrgRole.of(request.role()));
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }

    @GET
    @Path("/{id}/invitations")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "listOrganizationInvitations", summary = "The pending invitations of an organization, newest first (owners)")
    public Page<InvitationView> invitations(@PathParam("id") UUID id,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return invitations.pending(actor(), id, page, size);
    }

    @DELETE
    @Path("/{id}/invitations/{invitationId}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "revokeOrganizationInvitation", summary = "Revokes a pending invitation (owners)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeInvitation(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        invitations.revoke(actor(), id, invitationId);
        return Response.noContent().build();
    }

    private Organizations.Actor actor() {
        return new Organizations.Actor(caller.userId(), caller.isAdmin(), origin.client());
    }
}
