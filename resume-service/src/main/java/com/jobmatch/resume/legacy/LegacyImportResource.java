package com.jobmatch.resume.legacy;

import com.jobmatch.common.security.Roles;
import com.jobmatch.resume.resumes.Requests.LegacyImportRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Admins import documents exported from the old document store; re-running an import skips what is there. */
@Path("/api/admin/resumes/legacy-import")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LegacyImportResource {

    public record ImportReport(int created, int skipped, int invalid, List<LegacyImport.Outcome> documents) {
    }

    private final LegacyImport legacyImport;

    public LegacyImportResource(LegacyImport legacyImport) {
        this.legacyImport = legacyImport;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importLegacyResumes")
    public ImportReport importDocuments(@Valid @NotNull LegacyImportRequest request) {
        List<LegacyImport.Outcome> outcomes = legacyImport.run(request.documents());
        return new ImportReport(count(outcomes, LegacyImport.Outcome.CREATED), count(outcomes, LegacyImport.Outcome.SKIPPED),
                count(outcomes, LegacyImport.Outcome.INVALID), outcomes);
    }

    private static int count(List<LegacyImport.Outcome> outcomes, String result) {
        return (int) outcomes.stream().filter(o -> o.result().equals(result)).count();
    }
}
