package com.jobmatch.contract.api;

import com.jobmatch.contract.model.TaxonomySkill;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** matching-service: the whole skills taxonomy, for ai-service to cache. */
@Path("/api/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
// Called with a service token (or a user's, for ai-service): the document says so, and clients get its 401/403.
@SecurityRequirement(name = "SecurityScheme")
public interface TaxonomyApi {

    @GET
    @Path("/export")
    @Operation(operationId = "exportTaxonomy")
    List<TaxonomySkill> export();
}
