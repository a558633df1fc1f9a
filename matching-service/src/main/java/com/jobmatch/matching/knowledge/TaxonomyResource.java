package com.jobmatch.matching.knowledge;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.TaxonomyApi;
import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The skills taxonomy and what matching learned about skills and categories. Paths are under /api/taxonomy
 * (from the contract's {@link TaxonomyApi}).
 */
@Authenticated
public class TaxonomyResource implements TaxonomyApi {

    public record NormalizeRequest(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 200) String> labels) {
    }

    public record NormalizedLabel(String label, TaxonomySkill skill) {
    }

    public record CategoryView(String category, long skills) {
    }

    public record SimilarSkill(String skillId, String name, int coOccurrenceCount, BigDecimal jaccardSimilarity,
                               BigDecimal confidenceScore) {
    }

    public record CompatibilityView(String fromCategory, String toCategory, int transitionCount,
                                    BigDecimal transitionProbability, BigDecimal compatibilityScore, int sampleSize) {
    }

    private final TaxonomyRepository taxonomy;
    private final MetadataStore metadata;
    private final MetadataService recomputer;

    public TaxonomyResource(TaxonomyRepository taxonomy, MetadataStore metadata, MetadataService recomputer) {
        this.taxonomy = taxonomy;
        this.metadata = metadata;
        this.recomputer = recomputer;
    }

    /** The whole taxonomy, for ai-service to cache. */
    @Override
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Transactional
    public List<TaxonomySkill> export() {
        return taxonomy.all().stream().map(TaxonomyResource::view).toList();
    }

    @GET
    @Path("/skills")
    @Transactional
    public List<TaxonomySkill> search(@QueryParam("q") @Size(max = 200) String q, @QueryParam("category") String category,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return taxonomy.search(q == null ? "" : q, category, page, size).stream().map(TaxonomyResource::view).toList();
    }

    @GET
    @Path("/skills/{skillId}")
    @Transactional
    public TaxonomySkill skill(@PathParam("skillId") String skillId) {
        return view(bySlug(skillId));
    }

    @GET
    @Path("/aliases/{alias}")
    @Transactional
    public List<TaxonomySkill> byAlias(@PathParam("alias") String alias) {
        return taxonomy.byAlias(alias).stream().map(TaxonomyResource::view).toList();
    }

    @GET
    @Path("/categories")
    @Transactional
    public List<CategoryView> categories() {
        return taxonomy.categories().stream().map(c -> new CategoryView(c.category(), c.skills())).toList();
    }

    /** Maps free-text labels to taxonomy skills (null when unknown), e.g. skills typed into a form. */
    @POST
    @Path("/normalize")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public List<NormalizedLabel> normalize(@Valid @NotNull NormalizeRequest request) {
        return request.labels().stream()
                .map(label -> new NormalizedLabel(label, taxonomy.byAlias(label).stream().findFirst().map(TaxonomyResource::view).orElse(null)))
                .toList();
    }

    @GET
    @Path("/skills/{skillId}/similar")
    @Transactional
    public List<SimilarSkill> similar(@PathParam("skillId") String skillId,
                                      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        SkillTaxonomyEntry skill = bySlug(skillId);
        List<SkillSimilarity> pairs = metadata.similarTo(skill.id, limit);
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<UUID, SkillTaxonomyEntry> others = taxonomy.list("id in ?1",
                        pairs.stream().map(p -> p.skillAId.equals(skill.id) ? p.skillBId : p.skillAId).toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return pairs.stream().map(p -> {
            SkillTaxonomyEntry other = others.get(p.skillAId.equals(skill.id) ? p.skillBId : p.skillAId);
            return new SimilarSkill(other.slug, other.canonicalName, p.coOccurrenceCount, p.jaccardSimilarity, p.confidenceScore);
        }).toList();
    }

    @GET
    @Path("/category-compatibility")
    @Transactional
    public List<CompatibilityView> compatibility(@QueryParam("from") String from, @QueryParam("to") String to) {
        return metadata.compatibility(lower(from), lower(to)).stream().map(TaxonomyResource::view).toList();
    }

    /** Recomputes skill frequencies, skill similarity and the category matrix now (they are also scheduled). */
    @POST
    @Path("/metadata/recompute")
    @RolesAllowed(Roles.ADMIN)
    public MetadataService.Recomputation recompute() {
        return recomputer.recompute();
    }

    private SkillTaxonomyEntry bySlug(String slug) {
        return taxonomy.bySlug(slug).orElseThrow(() -> ProblemException.notFound("Skill"));
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    static TaxonomySkill view(SkillTaxonomyEntry s) {
        return new TaxonomySkill(s.slug, s.canonicalName, s.category, s.escoUri, s.synonyms);
    }

    private static CompatibilityView view(CategoryCompatibility c) {
        return new CompatibilityView(c.fromCategory, c.toCategory, c.transitionCount, c.transitionProbability,
                c.compatibilityScore, c.sampleSize);
    }
}
