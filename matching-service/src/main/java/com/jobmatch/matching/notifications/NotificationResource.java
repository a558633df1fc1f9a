package com.jobmatch.matching.notifications;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A person's notifications: new matches above their threshold and application reminders. */
@Path("/api/matches/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CANDIDATE)
public class NotificationResource {

    private final Caller caller;

    public NotificationResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    public List<NotificationView> mine(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        String query = "userId = ?1" + (unreadOnly ? " and readAt is null" : "") + " order by createdAt desc, id";
        return Notification.<Notification>find(query, caller.userId()).page(page, size).list().stream()
                .map(NotificationView::of).toList();
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    public NotificationView read(@PathParam("id") UUID id) {
        Notification notification = Notification.findById(id);
        if (notification == null) {
            throw ProblemException.notFound("Notification");
        }
        caller.requireAccess(notification.userId, "Notification");
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now();
        }
        return NotificationView.of(notification);
    }
}
