package com.jobmatch.matching.knowledge;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.api.TaxonomyApi;
import com.jobmatch.contract.model.TaxonomySkill;
import com.jobmatch.matching.knowledge.SkillTaxonomy.CategoryView;
import com.jobmatch.matching.knowledge.SkillTaxonomy.CompatibilityView;
import com.jobmatch.matching.knowledge.SkillTaxonomy.NormalizedLabel;
import com.jobmatch.matching.knowledge.SkillTaxonomy.SimilarSkill;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;

/**
 * The skills taxonomy and what matching learned about skills and categories, under /api/taxonomy. The class names
 * the path itself although the contract's {@link TaxonomyApi} does too: without it, the OpenAPI scanner documented
 * only the contract's operation (export) and none of the eight declared here (issue 18).
 */
@Path("/api/taxonomy")
@Authenticated
public class TaxonomyResource implements TaxonomyApi {

    public record NormalizeRequest(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 200) String> labels) {
    }

    private final SkillTaxonomy taxonomy;
    private final MetadataService recomputer;

    public TaxonomyResource(SkillTaxonomy taxonomy, MetadataService recomputer) {
        this.taxonomy = taxonomy;
        this.recomputer = recomputer;
    }

    /** The whole taxonomy, for ai-service to cache. */
    @Override
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    public List<TaxonomySkill> export() {
        return taxonomy.all();
    }

    @GET
    @Path("/skills")
    @Operation(operationId = "searchSkills")
    public Page<TaxonomySkill> search(@QueryParam("q") @Size(max = 200) String q, @QueryParam("category") String category,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return taxonomy.search(q == null ? "" : q, category, page, size);
    }

    @GET
    @Path("/skills/{skillId}")
    @Operation(operationId = "getSkill")
    public TaxonomySkill skill(@PathParam("skillId") String skillId) {
        return taxonomy.skill(skillId);
    }

    @GET
    @Path("/aliases/{alias}")
    @Operation(operationId = "findSkillsByAlias")
    public Page<TaxonomySkill> byAlias(@PathParam("alias") String alias, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return Page.slice(taxonomy.byAlias(alias), page, size);
    }

    @GET
    @Path("/categories")
    @Operation(operationId = "listSkillCategories")
    public Page<CategoryView> categories(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return Page.slice(taxonomy.categories(), page, size);
    }

    /** Maps free-text labels to taxonomy skills (null when unknown), e.g. skills typed into a form. */
    @POST
    @Path("/normalize")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "normalizeSkillLabels")
    public List<NormalizedLabel> normalize(@Valid @NotNull NormalizeRequest request) {
        return taxonomy.normalize(request.labels());
    }

    @GET
    @Path("/skills/{skillId}/similar")
    @Operation(operationId = "listSimilarSkills")
    public Page<SimilarSkill> similar(@PathParam("skillId") String skillId,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        // The most similar skills only: a skill's tail of faint similarities is noise, not a list to page through.
        return Page.slice(taxonomy.similar(skillId, SkillTaxonomy.MOST_SIMILAR), page, size);
    }

    @GET
    @Path("/category-compatibility")
    @Operation(operationId = "listCategoryCompatibility")
    public Page<CompatibilityView> compatibility(@QueryParam("from") String from, @QueryParam("to") String to,
                                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return Page.slice(taxonomy.compatibility(lower(from), lower(to)), page, size);
    }

    /** Recomputes skill frequencies, skill similarity and the category matrix now (they are also scheduled). */
    @POST
    @Path("/metadata/recompute")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recomputeTaxonomyMetadata")
    public MetadataService.Recomputation recompute() {
        return recomputer.recompute();
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
