package com.jobmatch.matching.knowledge;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The metadata tables (taxonomy aliases, skill_similarity as {@link SkillRelations},
 * category_compatibility, certifications) as one
 * immutable snapshot, reloaded every few minutes: scoring reads it thousands of times per ranking. The taxonomy's
 * names by id come with it, for loading job profiles without a join.
 */
@ApplicationScoped
public class KnowledgeStore {

    /** What a job's skill shows of its taxonomy entry. */
    public record SkillName(String slug, String name, String category, String escoUri) {
    }

    private final AgroalDataSource dataSource;
    private volatile MatchingKnowledge snapshot;
    private volatile Map<UUID, SkillName> skillNames = Map.of();

    public KnowledgeStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public MatchingKnowledge current() {
        MatchingKnowledge known = snapshot;
        return known != null ? known : reload();
    }

    /**
     * The taxonomy entries by skill id, as of the current snapshot. The map is replaced only when the taxonomy
     * changed, so a reader can tell by identity whether names it took from it are still current.
     */
    public Map<UUID, SkillName> skillNames() {
        current();
        return skillNames;
    }

    /** {@link #skillNames()} re-read, for a skill id newer than the snapshot. */
    public Map<UUID, SkillName> reloadSkillNames() {
        reload();
        return skillNames;
    }

    @Scheduled(every = "${jobmatch.schedule.knowledge-refresh:5m}", delayed = "1m")
    void refresh() {
        reload();
    }

    public synchronized MatchingKnowledge reload() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, String> canonical = new HashMap<>();
            try (ResultSet rs = statement.executeQuery("""
                    SELECT a.alias, t.slug FROM matching_metadata.skill_aliases a
                    JOIN matching_metadata.skills_taxonomy t ON t.id = a.skill_id ORDER BY a.alias, t.slug""")) {
                while (rs.next()) {
                    canonical.putIfAbsent(Terms.normalize(rs.getString(1)), rs.getString(2));
                }
            }
            Map<UUID, SkillName> names = new HashMap<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT id, slug, skill_name, canonical_name, category, esco_uri FROM matching_metadata.skills_taxonomy")) {
                while (rs.next()) {
                    String slug = rs.getString("slug");
                    canonical.put(Terms.normalize(slug), slug);
                    canonical.putIfAbsent(Terms.normalize(rs.getString("skill_name")), slug);
                    names.put(rs.getObject("id", UUID.class), new SkillName(slug, rs.getString("canonical_name"),
                            rs.getString("category"), rs.getString("esco_uri")));
                }
            }
            SkillRelations relations = new SkillRelations(names.values().stream().map(SkillName::name).toList());
            try (ResultSet rs = statement.executeQuery("""
                    SELECT a.slug, a.canonical_name, a.category, b.slug, b.canonical_name, b.category,
                           s.co_occurrence_count, s.jaccard_similarity
                    FROM matching_metadata.skill_similarity s
                    JOIN matching_metadata.skills_taxonomy a ON a.id = s.skill_a_id
                    JOIN matching_metadata.skills_taxonomy b ON b.id = s.skill_b_id""")) {
                while (rs.next()) {
                    relations.coOccurring(
                            new SkillRelations.Skill(Terms.normalize(rs.getString(1)), rs.getString(2), rs.getString(3)),
                            new SkillRelations.Skill(Terms.normalize(rs.getString(4)), rs.getString(5), rs.getString(6)),
                            rs.getInt(7), rs.getDouble(8));
                }
            }
            relations.namedAfter(names.values().stream().map(name -> new SkillRelations.Skill(
                    Terms.normalize(name.slug()), name.name(), name.category())).toList());
            Map<String, Map<String, Double>> similarity = relations.neighbours();
            Map<String, Double> categories = new HashMap<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT from_category, to_category, compatibility_score FROM matching_metadata.category_compatibility")) {
                while (rs.next()) {
                    categories.put(MatchingKnowledge.pairKey(rs.getString(1), rs.getString(2)), rs.getDouble(3));
                }
            }
            Map<String, Double> certifications = new HashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT name, relevance_weight FROM matching_metadata.certifications")) {
                while (rs.next()) {
                    certifications.put(Terms.normalize(rs.getString(1)), rs.getDouble(2));
                }
            }
            // Read-only HashMap, not Map.copyOf: a ranking looks up a thousand skill ids here (see MatchingKnowledge).
            if (!names.equals(skillNames)) {
                skillNames = Collections.unmodifiableMap(names);
            }
            snapshot = new MatchingKnowledge(canonical, similarity, categories, certifications);
            return snapshot;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the matching metadata", e);
        }
    }
}
