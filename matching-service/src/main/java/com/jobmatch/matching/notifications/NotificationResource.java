package com.jobmatch.matching.notifications;

import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** A person's notifications: new matches above their threshold and application reminders. */
@Path("/api/matches/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CANDIDATE)
public class NotificationResource {

    private final NotificationService notifications;
    private final Caller caller;

    public NotificationResource(NotificationService notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyNotifications")
    public Page<NotificationView> mine(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return notifications.of(caller.userId(), unreadOnly, page, size);
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead")
    public NotificationView read(@PathParam("id") UUID id) {
        return notifications.read(id, caller);
    }
}
