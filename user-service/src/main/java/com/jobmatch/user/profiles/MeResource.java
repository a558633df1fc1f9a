package com.jobmatch.user.profiles;

import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.user.accounts.RequestOrigin;
import com.jobmatch.user.accounts.UserView;
import com.jobmatch.user.admin.UserAdministration;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.preferences.PreferencesDocument;
import com.jobmatch.user.preferences.PreferencesService;
import com.jobmatch.user.sessions.SessionService;
import com.jobmatch.user.sessions.SessionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** The signed-in user's own account, profile, preferences and sessions. */
@Path("/api/users/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
public class MeResource {

    private final Caller caller;
    private final UserAdministration accounts;
    private final ProfileService profiles;
    private final PreferencesService preferences;
    private final SessionService sessions;
    private final AuditLog audit;
    private final RequestOrigin origin;

    public MeResource(Caller caller, UserAdministration accounts, ProfileService profiles, PreferencesService preferences,
                      SessionService sessions, AuditLog audit, RequestOrigin origin) {
        this.caller = caller;
        this.accounts = accounts;
        this.profiles = profiles;
        this.preferences = preferences;
        this.sessions = sessions;
        this.audit = audit;
        this.origin = origin;
    }

    @GET
    @Operation(operationId = "getMe")
    public UserView me() {
        return accounts.account(caller.userId());
    }

    @GET
    @Path("/profile")
    @Operation(operationId = "getMyProfile")
    public ProfileDocument profile() {
        return profiles.document(caller.userId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/profile")
    @Operation(operationId = "saveMyProfile")
    public ProfileDocument saveProfile(@Valid @NotNull ProfileDocument document) {
        return profiles.save(caller.userId(), document);
    }

    @GET
    @Path("/preferences")
    @Operation(operationId = "getMyPreferences")
    public PreferencesDocument preferences() {
        return preferences.document(caller.userId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/preferences")
    @Operation(operationId = "saveMyPreferences")
    public PreferencesDocument savePreferences(@Valid @NotNull PreferencesDocument document) {
        return preferences.save(caller.userId(), document);
    }

    @GET
    @Path("/sessions")
    @Operation(operationId = "listMySessions")
    public Page<SessionView> sessions(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return sessions.activeViews(caller.userId(), caller.sessionId(), page, size);
    }

    @DELETE
    @Path("/sessions/{sessionId}")
    @Operation(operationId = "revokeMySession")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeSession(@PathParam("sessionId") UUID sessionId) {
        UUID userId = caller.userId();
        sessions.revoke(userId, sessionId, "revoked-by-user");
        audit.record(AuditEvent.Type.SESSION_REVOKED, userId, origin.client(), "session " + sessionId);
        return Response.noContent().build();
    }
}
