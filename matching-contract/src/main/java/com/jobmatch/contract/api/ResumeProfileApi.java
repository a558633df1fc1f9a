package com.jobmatch.contract.api;

import com.jobmatch.contract.model.CandidateProfile;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.UUID;

/** resume-service, service tokens only: resumes in the matching contract's shape. */
@Path("/internal/resumes")
@Produces(MediaType.APPLICATION_JSON)
// Called with a service token (or a user's, for ai-service): the document says so, and clients get its 401/403.
@SecurityRequirement(name = "SecurityScheme")
public interface ResumeProfileApi {

    @GET
    @Path("/{resumeId}/candidate-profile")
    @Operation(operationId = "getCandidateProfile")
    CandidateProfile candidateProfile(@PathParam("resumeId") UUID resumeId);

    /**
     * Resumes whose owners let recruiters of {@code organization} see them (all organizations, or selected ones
     * including it); without {@code organization}, only those visible to every organization. For recruiters' candidate
     * ranking.
     */
    @GET
    @Path("/searchable")
    @Operation(operationId = "listSearchableResumes")
    // No 200 content here: the typed return value gives the schema (a page of CandidateProfile), which a class named
    // in the annotation could only give untyped, a generic record's erasure.
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "organization is not a UUID (JAX-RS answers an unconvertible query parameter so)")
    Page<CandidateProfile> searchable(@QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("100") int size,
                                      @QueryParam("organization") UUID organization);
}
