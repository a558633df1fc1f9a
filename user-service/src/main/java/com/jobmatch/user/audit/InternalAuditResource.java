package com.jobmatch.user.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Map;
import java.util.UUID;

/**
 * Other services (matching-service) record what recruiters do there (stage changes, submissions, job edits, weight
 * changes) in user-service's audit log, where admins read it with GET /api/users/audit. The reporting service is the
 * subject of its token.
 */
@Path("/internal/audit")
@Produces(MediaType.APPLICATION_JSON)
public class InternalAuditResource {

    private final AuditLog audit;
    private final Caller caller;

    public InternalAuditResource(AuditLog audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * {@code actorId} is the recruiter, {@code userId} the candidate concerned (if any). What was acted on is
     * {@code targetType} and {@code targetId} ({@code application}, {@code 1b4e...}) or one {@code target} string;
     * {@code detail} is a string or any JSON value (stored as its JSON text).
     */
    public record RecruiterActionRequest(
            @NotNull UUID actorId,
            UUID organizationId,
            UUID userId,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be an upper-case action such as STAGE_CHANGED") String action,
            @Size(max = 40) String targetType,
            @Size(max = 78) String targetId,
            @Size(max = 120) String target,
            JsonNode detail) {

        String targetText() {
            if (target != null && !target.isBlank()) {
                return target.strip();
            }
            if (targetType == null || targetType.isBlank()) {
                return null;
            }
            return targetId == null || targetId.isBlank() ? targetType.strip() : targetType.strip() + ":" + targetId.strip();
        }

        String detailText() {
            if (detail == null || detail.isNull()) {
                return null;
            }
            return detail.isTextual() ? detail.asText() : detail.toString();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "recordRecruiterAction", summary = "Records what a recruiter did in another service (service token)")
    @APIResponse(responseCode = "201", description = "Recorded; the body holds the entry's id")
    public Response record(@Valid @NotNull RecruiterActionRequest request) {
        UUID id = audit.recordRecruiterAction(new AuditLog.RecruiterAction(caller.subject(), request.actorId(),
                request.organizationId(), request.userId(), request.action(), request.targetText(), request.detailText()));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
