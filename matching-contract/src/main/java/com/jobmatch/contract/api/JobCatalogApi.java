package com.jobmatch.contract.api;

import com.jobmatch.contract.model.JobProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.UUID;

/**
 * matching-service, service tokens only: one job in the matching contract's shape (e.g. for resume optimization). A job
 * a person brought for themselves is private: it is served only with {@code forUser} naming that person (the owner of
 * the resume being optimized), and is otherwise unknown (404).
 */
@Path("/internal/jobs")
@Produces(MediaType.APPLICATION_JSON)
// Called with a service token (or a user's, for ai-service): the document says so, and clients get its 401/403.
@SecurityRequirement(name = "SecurityScheme")
public interface JobCatalogApi {

    @GET
    @Path("/{jobId}/profile")
    @Operation(operationId = "getJobProfile")
    JobProfile jobProfile(@PathParam("jobId") UUID jobId, @QueryParam("forUser") UUID forUser);
}
