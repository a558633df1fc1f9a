package com.jobmatch.resume.resumes;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.ratelimit.RateLimited;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.resume.resumes.Requests.CorrectionRequest;
import com.jobmatch.resume.resumes.Requests.SettingsRequest;
import com.jobmatch.resume.resumes.Requests.VisibilityRequest;
import com.jobmatch.resume.resumes.Views.ResumeSummary;
import com.jobmatch.resume.resumes.Views.ResumeView;
import com.jobmatch.resume.resumes.Views.SearchHit;
import com.jobmatch.resume.resumes.Views.VisibilityView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A person's resumes: upload, list, read, download, correct, choose the primary one, search, delete. */
@Path("/api/resumes")
@Produces(MediaType.APPLICATION_JSON)
public class ResumeResource {

    private final ResumeService service;
    private final ResumeQueries queries;
    private final ResumeAccess access;
    private final Caller caller;

    public ResumeResource(ResumeService service, ResumeQueries queries, ResumeAccess access, Caller caller) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.caller = caller;
    }

    /**
     * 201 with the new resume (status pending; poll it), or 200 with the existing one for a file uploaded before.
     * {@code batch=true} marks one file of many: its parsing queues as bulk work behind people's single uploads.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CANDIDATE)
    @RateLimited("resume-uploads")
    @Operation(operationId = "uploadResume")
    @APIResponse(responseCode = "200", description = "The same file was uploaded before: that resume", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "201", description = "Stored and queued for parsing; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a PDF, DOCX, ODT, RTF or text file")
    @APIResponse(responseCode = "429", description = "Too many uploads; retry after Retry-After seconds")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("title") String title,
                           @RestForm("batch") boolean batch) {
        if (file == null) {
            throw ProblemException.invalidField("file", "is required (multipart field 'file')");
        }
        if (title != null && title.length() > 200) {
            throw ProblemException.invalidField("title", "must be at most 200 characters");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.uploadedFile().toFile().delete();
        }
        ResumeService.UploadResult result = service.upload(caller.userId(), file.fileName(), content, title, batch);
        return Response.status(result.created() ? 201 : 200)
                .header("Location", "/api/resumes/" + result.resume().id())
                .entity(result.resume()).build();
    }

    /** A resume entered as structured data instead of a file; its status is manual. */
    @POST
    @Path("/manual")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "createManualResume")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumeView.class)))
    public Response createManual(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.ManualResumeRequest.class), examples = @ExampleObject(name = "typed", value = """
            {"title": "Backend CV", "resumeData": {"contact_info": {"full_name": "Ana Silva", "email": "ana@example.com",
               "links": [{"name": "GitHub", "url": "https://github.com/ana"}]},
             "summary": "Backend engineer, 6 years of Java and PostgreSQL",
             "work_experience": [{"company": "Initech", "position": "Backend Engineer", "start_date": "2019-03",
                                  "responsibilities": ["Built the billing API"]}],
             "skills": ["Java", "PostgreSQL", "Docker"]}}""")))
                                 @Valid @NotNull Requests.ManualResumeRequest request) {
        ResumeView resume = service.createManual(caller.userId(), request.title(), request.resumeData());
        return Response.status(201).header("Location", "/api/resumes/" + resume.id()).entity(resume).build();
    }

    @GET
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "listResumes")
    public Page<ResumeSummary> list(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size,
                                    @QueryParam("sort") @DefaultValue("created_at") String sort,
                                    @QueryParam("direction") @DefaultValue("desc") String direction) {
        Paging.check(page, size);
        if (!ResumeQueries.sortKeys().contains(sort)) {
            throw ProblemException.invalidField("sort", "must be one of " + ResumeQueries.sortKeys());
        }
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ProblemException.invalidField("direction", "must be asc or desc");
        }
        return queries.pageOf(caller.userId(), sort, direction.equals("asc"), page, size);
    }

    /**
     * Full-text search: candidates search their own resumes, recruiters the resumes their owners let the recruiter's
     * organization see (visible to all, or to selected organizations including theirs).
     */
    @GET
    @Path("/search")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER})
    @Operation(operationId = "searchResumes")
    public Page<SearchHit> search(@QueryParam("q") String query,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        if (query == null || query.isBlank() || query.length() > 200) {
            throw ProblemException.invalidField("q", "must be 1 to 200 characters");
        }
        Paging.check(page, size);
        return queries.search(query, caller.isRecruiter() ? null : caller.userId(), caller.isRecruiter(),
                caller.organizationId(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    @Operation(operationId = "getResume")
    public ResumeView get(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    @Operation(operationId = "downloadResumeFile")
    @APIResponse(responseCode = "200", description = "The stored file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id) {
        ResumeQueries.StoredFile file = queries.file(id);
        String name = file.name();
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{id}/json-resume")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    @Operation(operationId = "exportJsonResume")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "409", description = "The resume has no data yet")
    public JsonNode exportJsonResume(@PathParam("id") UUID id) {
        return queries.jsonResume(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "updateResumeSettings")
    public ResumeView updateSettings(@PathParam("id") UUID id, @Valid @NotNull SettingsRequest request) {
        access.requireOwned(id);
        return service.updateSettings(id, request.title(), request.searchable());
    }

    @GET
    @Path("/{id}/visibility")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "getResumeVisibility", summary = "Which organizations' recruiters may see the resume (owner)")
    public VisibilityView visibility(@PathParam("id") UUID id) {
        return queries.visibility(id);
    }

    @PUT
    @Path("/{id}/visibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "setResumeVisibility", summary = "Lets no, every, or the selected organizations' recruiters see the resume (owner)")
    public VisibilityView setVisibility(@PathParam("id") UUID id, @Valid @NotNull VisibilityRequest request) {
        access.requireOwned(id);
        ResumeVisibility visibility;
        try {
            visibility = ResumeVisibility.valueOf(request.visibility().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("visibility", "must be one of " + Arrays.toString(ResumeVisibility.values()));
        }
        return service.updateVisibility(id, visibility, request.organizations());
    }

    @PUT
    @Path("/{id}/primary")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "makeResumePrimary")
    public ResumeView makePrimary(@PathParam("id") UUID id) {
        access.requireOwned(id);
        return service.makePrimary(id);
    }

    /** Corrects fields of the current data; the result is a new version. */
    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "correctResume")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "409", description = "The resume has no data yet")
    public ResumeView correct(@PathParam("id") UUID id, @Valid @NotNull CorrectionRequest request) {
        access.requireOwned(id);
        List<ResumeService.Correction> corrections = request.changes().stream()
                .map(c -> new ResumeService.Correction(c.field(), c.value())).toList();
        return service.correct(id, corrections, request.summary(), access.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "deleteResume")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        access.requireOwned(id);
        service.delete(id);
        return Response.noContent().build();
    }
}
