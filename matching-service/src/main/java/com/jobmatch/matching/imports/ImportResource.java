package com.jobmatch.matching.imports;

import com.jobmatch.common.ratelimit.RateLimited;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/**
 * Bulk import of postings for admins and service accounts. The Content-Type picks the format:
 * application/json (our shape), application/ld+json (schema.org JobPosting) or text/csv (with a preset or
 * column mapping).
 */
@Path("/api/jobs/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SERVICE})
public class ImportResource {

    static final String JSON_LD = "application/ld+json";
    static final String CSV = "text/csv";

    private final ImportService imports;
    private final Caller caller;

    public ImportResource(ImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, JSON_LD, CSV})
    @RateLimited("job-imports")
    @Operation(operationId = "importJobs")
    @APIResponse(responseCode = "201", description = "Imported: counts of created, updated and rejected postings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "429", description = "Too many imports; retry after Retry-After seconds")
    public Response importPostings(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                   @QueryParam("source") @Pattern(regexp = "[\\w.:@/-]{1,100}") String source,
                                   @QueryParam("preset") String preset, @QueryParam("column") List<String> columns) {
        ImportFormat format = format(contentType);
        CsvMapping mapping = format == ImportFormat.CSV ? CsvMapping.of(preset, columns) : null;
        String effectiveSource = source != null ? source : format == ImportFormat.CSV && preset != null ? preset : "bulk-import";
        ImportView result = imports.importFile(format, effectiveSource, caller.subject(), body == null ? "" : body, mapping);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Operation(operationId = "listJobImports")
    public Page<ImportView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return imports.latest(page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJobImport")
    public ImportView get(@PathParam("id") UUID id) {
        return imports.one(id);
    }

    private static ImportFormat format(MediaType type) {
        if (type.isCompatible(MediaType.valueOf(JSON_LD))) {
            return ImportFormat.JSON_LD;
        }
        return type.isCompatible(MediaType.valueOf(CSV)) ? ImportFormat.CSV : ImportFormat.JSON;
    }
}
