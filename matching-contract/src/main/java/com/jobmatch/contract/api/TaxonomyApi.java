package com.jobmatch.contract.api;

import com.jobmatch.contract.model.TaxonomySkill;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** matching-service: the whole skills taxonomy, for ai-service to cache. */
@Path("/api/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
public interface TaxonomyApi {

    @GET
    @Path("/export")
    List<TaxonomySkill> export();
}
