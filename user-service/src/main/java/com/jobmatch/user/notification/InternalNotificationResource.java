package com.jobmatch.user.notification;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/**
 * The other services mail users through here (they do not know addresses): 202 with what became of the mail, 404 for
 * an unknown user.
 */
@Path("/internal/notifications/email")
@Produces(MediaType.APPLICATION_JSON)
public class InternalNotificationResource {

    private final EmailNotifications notifications;

    public InternalNotificationResource(EmailNotifications notifications) {
        this.notifications = notifications;
    }

    /** {@code kind} is open-ended (STAGE_CHANGED, INTERVIEW_SCHEDULED, NEW_MATCHES, INVITATION...); NEW_MATCHES honours the user's frequency. */
    public record EmailNotificationRequest(
            @NotNull UUID userId,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case kind such as STAGE_CHANGED") String kind,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subject,
            @NotBlank @Size(max = 20000) String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "sendEmailNotification", summary = "Mails a user for another service (service token)")
    @APIResponse(responseCode = "202", description = "Accepted; the receipt says what became of the mail", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmailNotifications.NotificationReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such user")
    public Response send(@Valid @NotNull EmailNotificationRequest request) {
        EmailNotifications.NotificationReceipt receipt =
                notifications.request(request.userId(), request.kind(), request.subject(), request.text());
        return Response.accepted(receipt).build();
    }
}
