package com.jobmatch.user.accounts;

import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.TokenResponse;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.sessions.IssuedTokens;
import com.jobmatch.user.sessions.SessionService;
import com.jobmatch.user.verification.EmailVerificationService;
import com.jobmatch.user.verification.PasswordResetService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** Accounts and sessions: registration, login, token refresh, logout, email verification, password reset. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final SessionService sessions;
    private final EmailVerificationService verifications;
    private final PasswordResetService resets;
    private final AuditLog audit;
    private final Caller caller;
    private final RequestOrigin origin;

    public AuthResource(AuthService auth, SessionService sessions, EmailVerificationService verifications,
                        PasswordResetService resets, AuditLog audit, Caller caller, RequestOrigin origin) {
        this.auth = auth;
        this.sessions = sessions;
        this.verifications = verifications;
        this.resets = resets;
        this.audit = audit;
        this.caller = caller;
        this.origin = origin;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "register")
    @APIResponse(responseCode = "202", description = "Accepted: a verification email is on its way", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationAccepted.class)))
    @APIResponse(responseCode = "409", description = "The email or username is taken")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterRequest.class), examples = @ExampleObject(name = "seeker", value = """
            {"email": "ana@example.com", "password": "correct horse battery staple", "name": "Ana Silva", "role": "candidate"}""")))
                             @Valid @NotNull RegisterRequest request) {
        auth.register(new AuthService.Registration(request.email(), request.password(), request.name(),
                request.username(), request.role()), origin.client());
        // The same answer whether the email was new or already had an account (then its owner got a mail).
        return Response.accepted(RegistrationAccepted.CHECK_YOUR_EMAIL).build();
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "login")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class),
            examples = @ExampleObject(name = "tokens", value = """
            {"accessToken": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI...", "refreshToken": "3q2-7w...", "tokenType": "Bearer", "expiresIn": 900}""")))
    @APIResponse(responseCode = "401", description = "Wrong email or password")
    @APIResponse(responseCode = "403", description = "The account is disabled or not verified")
    @APIResponse(responseCode = "429", description = "Too many attempts; retry after Retry-After seconds")
    public TokenResponse login(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LoginRequest.class), examples = @ExampleObject(name = "seeker", value = """
            {"email": "ana@example.com", "password": "correct horse battery staple"}"""))) @Valid @NotNull LoginRequest request) {
        return bearer(auth.login(request.email(), request.password(), origin.client()));
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "refreshToken")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "The refresh token is invalid, expired or revoked")
    @APIResponse(responseCode = "403", description = "The account is disabled")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        return bearer(sessions.refresh(request.refreshToken(), origin.client()));
    }

    /** Ends the session of the token used for this call; idempotent, like every logout should be. */
    @POST
    @Path("/logout")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "logout")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logout() {
        UUID userId = caller.userId();
        UUID sessionId = sessionOfToken();
        if (sessionId != null && sessions.revokeIfOwned(userId, sessionId, "logout")) {
            audit.record(AuditEvent.Type.LOGOUT, userId, origin.client(), "session " + sessionId);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/logout-all")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "logoutAll")
    @APIResponse(responseCode = "204", description = "Every session ended")
    public Response logoutAll() {
        UUID userId = caller.userId();
        int ended = sessions.revokeAll(userId, "logout-all");
        audit.record(AuditEvent.Type.LOGOUT_ALL, userId, origin.client(), ended + " sessions revoked");
        return Response.noContent().build();
    }

    @POST
    @Path("/verify-email")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "verifyEmail")
    @APIResponse(responseCode = "204", description = "Verified")
    public Response verifyEmail(@Valid @NotNull TokenRequest request) {
        verifications.verify(request.token(), origin.client());
        return Response.noContent().build();
    }

    @POST
    @Path("/verify-email/resend")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "resendVerificationEmail")
    @APIResponse(responseCode = "202", description = "A new verification email is on its way")
    public Response resendVerification() {
        verifications.resend(caller.userId(), origin.client());
        return Response.accepted().build();
    }

    /** Always 202, whether or not the account exists. */
    @POST
    @Path("/password-reset/request")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "requestPasswordReset")
    @APIResponse(responseCode = "202", description = "Accepted, whether or not the account exists")
    public Response requestPasswordReset(@Valid @NotNull PasswordResetRequest request) {
        resets.request(request.email(), origin.client());
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "confirmPasswordReset")
    @APIResponse(responseCode = "204", description = "Password changed")
    public Response confirmPasswordReset(@Valid @NotNull PasswordResetConfirmation request) {
        resets.confirm(request.token(), request.newPassword(), origin.client());
        return Response.noContent().build();
    }

    private UUID sessionOfToken() {
        try {
            return caller.sessionId() == null ? null : UUID.fromString(caller.sessionId());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static TokenResponse bearer(IssuedTokens tokens) {
        return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresInSeconds());
    }
}
