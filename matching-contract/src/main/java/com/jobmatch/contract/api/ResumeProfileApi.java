package com.jobmatch.contract.api;

import com.jobmatch.contract.model.CandidateProfile;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** resume-service, service tokens only: resumes in the matching contract's shape. */
@Path("/internal/resumes")
@Produces(MediaType.APPLICATION_JSON)
public interface ResumeProfileApi {

    @GET
    @Path("/{resumeId}/candidate-profile")
    CandidateProfile candidateProfile(@PathParam("resumeId") UUID resumeId);

    /** Resumes whose owners marked them searchable, for recruiters' candidate ranking. */
    @GET
    @Path("/searchable")
    CandidatePage searchable(@QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("100") int size);
}
