package com.jobmatch.matching.postings;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.recruiting.OrgMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.UUID;

/** An organization's job templates: members read them, owners and recruiters add them. */
@Path("/api/recruiting/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class TemplateResource {

    private final PostingService postings;
    private final OrgMember member;

    public TemplateResource(PostingService postings, OrgMember member) {
        this.postings = postings;
        this.member = member;
    }

    @POST
    @Operation(operationId = "createJobTemplate", summary = "Adds a job template to the organization")
    @APIResponse(responseCode = "201", description = "Created; Location names the template", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "409", description = "The organization already has a template of this name")
    public Response create(@Valid @NotNull TemplateRequest request) {
        TemplateView created = postings.addTemplate(member.editor(), request);
        return Response.created(URI.create("/api/recruiting/templates/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listJobTemplates", summary = "The organization's job templates")
    public Page<TemplateView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return postings.templates(member.reader(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJobTemplate", summary = "One of the organization's job templates")
    public TemplateView one(@PathParam("id") UUID id) {
        return postings.template(member.reader(), id);
    }
}
