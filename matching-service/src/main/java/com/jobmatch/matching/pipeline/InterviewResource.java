package com.jobmatch.matching.pipeline;

import com.jobmatch.common.security.Roles;
import com.jobmatch.matching.recruiting.OrgMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/**
 * An interview round of the organization: each listed interviewer (hiring managers too) records their own scorecard;
 * owners and recruiters record the outcome. Another organization's round is 404.
 */
@Path("/api/recruiting/interviews/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class InterviewResource {

    private final InterviewService interviews;
    private final OrgMember member;

    public InterviewResource(InterviewService interviews, OrgMember member) {
        this.interviews = interviews;
        this.member = member;
    }

    @PUT
    @Path("/feedback")
    @Operation(operationId = "recordInterviewFeedback", summary = "The caller's own scorecard for an interview round they are listed on")
    public InterviewView feedback(@PathParam("id") UUID interviewId, @Valid @NotNull FeedbackRequest request) {
        return interviews.feedback(member.reader(), interviewId, request);
    }

    @POST
    @Path("/outcome")
    @Operation(operationId = "recordInterviewOutcome", summary = "Records the outcome of an interview round")
    public InterviewView outcome(@PathParam("id") UUID interviewId, @Valid @NotNull OutcomeRequest request) {
        return interviews.outcome(member.editor(), interviewId, request);
    }
}
