package com.jobmatch.matching.postings;

import com.jobmatch.common.problem.ProblemException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An organization's jobs: members (recruiters, owners, hiring managers) read them, drafts included; owners and
 * recruiters create, edit, publish, close and reopen them (a hiring manager gets 403); another organization's job is 404.
 */
@Path("/api/recruiting/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class PostingResource {

    private final PostingService postings;
    private final OrgMember member;

    public PostingResource(PostingService postings, OrgMember member) {
        this.postings = postings;
        this.member = member;
    }

    @POST
    public Response create(@Valid @NotNull JobDraftRequest request) {
        PostedJobView created = postings.create(member.editor(), request);
        return Response.created(URI.create("/api/recruiting/jobs/" + created.id())).entity(created).build();
    }

    @GET
    public List<PostedJobView> list(@QueryParam("status") String status) {
        return postings.jobs(member.reader(), status == null ? null : parse(status));
    }

    @GET
    @Path("/{id}")
    public PostedJobView one(@PathParam("id") UUID id) {
        return postings.job(member.reader(), id);
    }

    @PUT
    @Path("/{id}")
    public PostedJobView edit(@PathParam("id") UUID id, @Valid @NotNull PostingFields posting) {
        return postings.edit(member.editor(), id, posting);
    }

    @POST
    @Path("/{id}/publish")
    public PostedJobView publish(@PathParam("id") UUID id) {
        return postings.publish(member.editor(), id);
    }

    @POST
    @Path("/{id}/close")
    public PostedJobView close(@PathParam("id") UUID id) {
        return postings.close(member.editor(), id);
    }

    @POST
    @Path("/{id}/reopen")
    public PostedJobView reopen(@PathParam("id") UUID id) {
        return postings.reopen(member.editor(), id);
    }

    private static PostedJobStatus parse(String value) {
        try {
            return PostedJobStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + Arrays.toString(PostedJobStatus.values()));
        }
    }
}
