package com.jobmatch.matching.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaxonomyRepository implements PanacheRepositoryBase<SkillTaxonomyEntry, UUID> {

    public record CategoryCount(String category, long skills) {
    }

    private final EntityManager em;

    public TaxonomyRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<SkillTaxonomyEntry> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<SkillTaxonomyEntry> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<SkillTaxonomyEntry> bySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Skills known by exactly this label (canonical name or any synonym), most demanded first. */
    @SuppressWarnings("unchecked")
    public List<SkillTaxonomyEntry> byAlias(String label) {
        List<UUID> ids = em.createNativeQuery("SELECT skill_id FROM matching_metadata.skill_aliases WHERE alias = :alias", UUID.class)
                .setParameter("alias", SkillNames.normalize(label)).getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by frequency desc, skillName", ids);
    }

    /** Skills with a label starting with the query (prefix on a word boundary of the whole label), most demanded first. */
    @SuppressWarnings("unchecked")
    public List<SkillTaxonomyEntry> search(String query, String category, int page, int size) {
        String prefix = likePrefix(query);
        List<UUID> ids = em.createNativeQuery("""
                        SELECT s.id FROM matching_metadata.skills_taxonomy s
                        WHERE (CAST(:category AS text) IS NULL OR s.category = CAST(:category AS text))
                          AND EXISTS (SELECT 1 FROM matching_metadata.skill_aliases a WHERE a.skill_id = s.id AND a.alias LIKE :prefix)
                        ORDER BY (lower(s.skill_name) = :exact) DESC, s.frequency DESC, length(s.skill_name), s.skill_name
                        """, UUID.class)
                .setParameter("category", category).setParameter("prefix", prefix)
                .setParameter("exact", SkillNames.normalize(query))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SkillTaxonomyEntry> found = list("id in ?1", ids);
        found.sort(Comparator.comparingInt(s -> ids.indexOf(s.id)));
        return found;
    }

    /** How many skills {@link #search} finds over all pages. */
    public long count(String query, String category) {
        String prefix = likePrefix(query);
        Number total = (Number) em.createNativeQuery("""
                        SELECT count(*) FROM matching_metadata.skills_taxonomy s
                        WHERE (CAST(:category AS text) IS NULL OR s.category = CAST(:category AS text))
                          AND EXISTS (SELECT 1 FROM matching_metadata.skill_aliases a WHERE a.skill_id = s.id AND a.alias LIKE :prefix)
                        """).setParameter("category", category).setParameter("prefix", prefix).getSingleResult();
        return total.longValue();
    }

    /** The LIKE pattern of names starting with the query, its wildcards escaped. */
    private static String likePrefix(String query) {
        return SkillNames.normalize(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public List<CategoryCount> categories() {
        return em.createQuery("select new com.jobmatch.matching.knowledge.TaxonomyRepository$CategoryCount(s.category, count(s)) "
                + "from SkillTaxonomyEntry s group by s.category order by count(s) desc, s.category", CategoryCount.class).getResultList();
    }

    public List<SkillTaxonomyEntry> all() {
        return listAll(Sort.ascending("slug"));
    }
}
