package com.jobmatch.matching.pipeline;

import com.jobmatch.common.security.Roles;
import com.jobmatch.matching.recruiting.OrgMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Interview rounds of an application to an organization's job: owners and recruiters schedule them and record their
 * outcome; each listed interviewer (hiring managers too) records their own scorecard; members read them.
 */
@Path("/api/recruiting")
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

    @POST
    @Path("/applications/{id}/interviews")
    public Response schedule(@PathParam("id") UUID applicationId, @Valid @NotNull InterviewRequest request) {
        InterviewView created = interviews.schedule(member.editor(), applicationId, request);
        return Response.created(URI.create("/api/recruiting/interviews/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/applications/{id}/interviews")
    public List<InterviewView> of(@PathParam("id") UUID applicationId) {
        return interviews.of(member.reader(), applicationId);
    }

    @PUT
    @Path("/interviews/{id}/feedback")
    public InterviewView feedback(@PathParam("id") UUID interviewId, @Valid @NotNull FeedbackRequest request) {
        return interviews.feedback(member.reader(), interviewId, request);
    }

    @POST
    @Path("/interviews/{id}/outcome")
    public InterviewView outcome(@PathParam("id") UUID interviewId, @Valid @NotNull OutcomeRequest request) {
        return interviews.outcome(member.editor(), interviewId, request);
    }
}
