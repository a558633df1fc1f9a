package com.jobmatch.user.api;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.user.domain.AuditEvent;
import com.jobmatch.user.domain.AuditLog;
import com.jobmatch.user.domain.PreferencesService;
import com.jobmatch.user.domain.ProfileService;
import com.jobmatch.user.domain.SessionService;
import com.jobmatch.user.store.UserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** The signed-in user's own account, profile, preferences and sessions. */
@Path("/api/users/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
public class MeResource {

    private final Caller caller;
    private final UserRepository users;
    private final ProfileService profiles;
    private final PreferencesService preferences;
    private final SessionService sessions;
    private final AuditLog audit;
    private final RequestOrigin origin;

    public MeResource(Caller caller, UserRepository users, ProfileService profiles, PreferencesService preferences,
                      SessionService sessions, AuditLog audit, RequestOrigin origin) {
        this.caller = caller;
        this.users = users;
        this.profiles = profiles;
        this.preferences = preferences;
        this.sessions = sessions;
        this.audit = audit;
        this.origin = origin;
    }

    @GET
    public UserView me() {
        return users.findByIdOptional(caller.userId()).map(UserView::of)
                .orElseThrow(() -> ProblemException.notFound("User"));
    }

    @GET
    @Path("/profile")
    public ProfileDocument profile() {
        return ProfileDocument.of(profiles.get(caller.userId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/profile")
    public ProfileDocument saveProfile(@Valid @NotNull ProfileDocument document) {
        document.check();
        return ProfileDocument.of(profiles.save(caller.userId(), document::applyTo));
    }

    @GET
    @Path("/preferences")
    public PreferencesDocument preferences() {
        return PreferencesDocument.of(preferences.get(caller.userId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/preferences")
    public PreferencesDocument savePreferences(@Valid @NotNull PreferencesDocument document) {
        document.check();
        return PreferencesDocument.of(preferences.save(caller.userId(), document::applyTo));
    }

    @GET
    @Path("/sessions")
    public List<SessionView> sessions() {
        String current = caller.sessionId();
        return sessions.active(caller.userId()).stream().map(s -> SessionView.of(s, current)).toList();
    }

    @DELETE
    @Path("/sessions/{sessionId}")
    public Response revokeSession(@PathParam("sessionId") UUID sessionId) {
        UUID userId = caller.userId();
        sessions.revoke(userId, sessionId, "revoked-by-user");
        audit.record(AuditEvent.Type.SESSION_REVOKED, userId, origin.client(), "session " + sessionId);
        return Response.noContent().build();
    }
}
