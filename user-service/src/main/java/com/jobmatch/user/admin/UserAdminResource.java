package com.jobmatch.user.admin;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.user.accounts.RequestOrigin;
import com.jobmatch.user.accounts.UserView;
import com.jobmatch.user.audit.AuditEntryView;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.UUID;

/** Admins: find users, disable or enable them, change their roles, read the audit log. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserAdminResource {

    private final UserAdministration administration;
    private final Caller caller;
    private final RequestOrigin origin;

    public UserAdminResource(UserAdministration administration, Caller caller, RequestOrigin origin) {
        this.administration = administration;
        this.caller = caller;
        this.origin = origin;
    }

    /** Users whose email, username or name contains {@code search}, newest first. */
    @GET
    @Operation(operationId = "searchUsers")
    public Page<UserView> search(@QueryParam("search") @Size(max = 254) String search,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return administration.search(search, page, size);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/status")
    @Operation(operationId = "setUserStatus")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "Admins cannot disable their own account")
    public UserView setStatus(@PathParam("id") UUID id, @Valid @NotNull StatusUpdate update) {
        return administration.enable(caller.userId(), id, update.enabled(), origin.client());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/roles")
    @Operation(operationId = "setUserRoles")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "Admins cannot remove their own admin role")
    public UserView setRoles(@PathParam("id") UUID id, @Valid @NotNull RolesUpdate update) {
        return administration.assignRoles(caller.userId(), id, update.roles(), origin.client());
    }

    /**
     * Audit events (security, organizations, recruiter actions reported by other services), newest first, optionally
     * about one user, by one actor, in one organization, of one type and/or one recruiter action.
     */
    @GET
    @Path("/audit")
    @Operation(operationId = "listAuditEntries")
    public Page<AuditEntryView> audit(@QueryParam("userId") String userId,
                                      @QueryParam("actorId") String actorId,
                                      @QueryParam("organizationId") String organizationId,
                                      @QueryParam("event") String event,
                                      @QueryParam("action") @Size(max = 60) String action,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        AuditFilter filter = new AuditFilter(parseUuid("userId", userId), parseUuid("actorId", actorId),
                parseUuid("organizationId", organizationId), parseEvent(event),
                action == null || action.isBlank() ? null : action.strip());
        return administration.audit(filter, page, size);
    }

    /** Query parameters are parsed here: JAX-RS would answer 404 for a value it cannot convert. */
    private static UUID parseUuid(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }

    private static AuditEvent.Type parseEvent(String event) {
        try {
            return event == null || event.isBlank() ? null : AuditEvent.Type.valueOf(event);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("event", "must be one of " + Arrays.toString(AuditEvent.Type.values()));
        }
    }
}
