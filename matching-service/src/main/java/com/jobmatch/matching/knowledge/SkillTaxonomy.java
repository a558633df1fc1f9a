package com.jobmatch.matching.knowledge;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.TaxonomySkill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading the skills taxonomy and what matching learned about skills and categories, as records. */
@ApplicationScoped
public class SkillTaxonomy {

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

    public SkillTaxonomy(TaxonomyRepository taxonomy, MetadataStore metadata) {
        this.taxonomy = taxonomy;
        this.metadata = metadata;
    }

    @Transactional
    public List<TaxonomySkill> all() {
        return taxonomy.all().stream().map(SkillTaxonomy::view).toList();
    }

    @Transactional
    public Page<TaxonomySkill> search(String query, String category, int page, int size) {
        return new Page<>(taxonomy.search(query, category, page, size).stream().map(SkillTaxonomy::view).toList(),
                page, size, taxonomy.count(query, category));
    }

    /** One skill by its public id (404 "Skill" when unknown). */
    @Transactional
    public TaxonomySkill skill(String slug) {
        return view(bySlug(slug));
    }

    @Transactional
    public List<TaxonomySkill> byAlias(String alias) {
        return taxonomy.byAlias(alias).stream().map(SkillTaxonomy::view).toList();
    }

    @Transactional
    public List<CategoryView> categories() {
        return taxonomy.categories().stream().map(c -> new CategoryView(c.category(), c.skills())).toList();
    }

    /** Each label with the taxonomy skill it names, or null when none. */
    @Transactional
    public List<NormalizedLabel> normalize(List<String> labels) {
        return labels.stream()
                .map(label -> new NormalizedLabel(label, taxonomy.byAlias(label).stream().findFirst().map(SkillTaxonomy::view).orElse(null)))
                .toList();
    }

    /** How many similar skills a skill lists at most, the most similar first. */
    public static final int MOST_SIMILAR = 100;

    /** The skills most often asked for together with this one (404 "Skill" when unknown). */
    @Transactional
    public List<SimilarSkill> similar(String slug, int limit) {
        SkillTaxonomyEntry skill = bySlug(slug);
        List<SkillSimilarity> pairs = metadata.similarTo(skill.id, limit);
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<UUID, SkillTaxonomyEntry> others = taxonomy.byIds(
                        pairs.stream().map(p -> p.skillAId.equals(skill.id) ? p.skillBId : p.skillAId).toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return pairs.stream().map(p -> {
            SkillTaxonomyEntry other = others.get(p.skillAId.equals(skill.id) ? p.skillBId : p.skillAId);
            return new SimilarSkill(other.slug, other.canonicalName, p.coOccurrenceCount, p.jaccardSimilarity, p.confidenceScore);
        }).toList();
    }

    /** Directed category transitions; a null category means any. */
    @Transactional
    public List<CompatibilityView> compatibility(String from, String to) {
        return metadata.compatibility(from, to).stream().map(SkillTaxonomy::view).toList();
    }

    private SkillTaxonomyEntry bySlug(String slug) {
        return taxonomy.bySlug(slug).orElseThrow(() -> ProblemException.notFound("Skill"));
    }

    private static TaxonomySkill view(SkillTaxonomyEntry s) {
        return new TaxonomySkill(s.slug, s.canonicalName, s.category, s.escoUri, s.synonyms, s.onetCode);
    }

    private static CompatibilityView view(CategoryCompatibility c) {
        return new CompatibilityView(c.fromCategory, c.toCategory, c.transitionCount, c.transitionProbability,
                c.compatibilityScore, c.sampleSize);
    }
}
