package com.jobmatch.matching.operations;

import com.jobmatch.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admins: revive the dead items of a work queue (enrichment_queue, match_recompute_queue, analysis_queue). */
@Path("/api/matches/admin/queues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class QueueAdminResource {

    private final QueueAdministration queues;

    public QueueAdminResource(QueueAdministration queues) {
        this.queues = queues;
    }

    /** The queue's dead items are pending again with their attempts from zero; answers how many. */
    @POST
    @Path("/{queue}/revive")
    @Operation(operationId = "reviveQueue")
    public QueueAdministration.Revived revive(@PathParam("queue") String queue) {
        return queues.reviveDead(queue);
    }
}
