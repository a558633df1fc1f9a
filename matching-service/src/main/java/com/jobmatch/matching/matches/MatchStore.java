package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.KnockOut;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.SkillMatch;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.matching.notifications.Notification;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Stored matches (user_job_matches), their explanations and the notifications new matches raise. */
@ApplicationScoped
public class MatchStore {

    /** Statuses that mean the person acted on the match: kept even when the job drops out of the ranking. */
    static final Set<String> KEPT_STATUSES = Set.of("SAVED", "APPLIED", "SHARED");
    public static final String PENDING_ANALYSIS = "PENDING";
    static final Set<String> ANALYZED = Set.of("DONE", "DETERMINISTIC");

    /** Filters and order of a page of matches. */
    public record Query(UUID resumeId, double minScore, boolean includeKnockedOut, String status, String sort,
                        int page, int size) {
    }

    /**
     * Replaces the ranking of one resume in one transaction. Marks the top matches eligible for deep analysis
     * and notifies the person of new matches at or above their threshold. Rankings of the same resume computed
     * at once (a request and the recompute queue) are stored one after the other, under a transaction-level
     * advisory lock on the resume, so the second sees the first's rows instead of inserting them again.
     * {@code kept}: matches the person kept (saved, applied, shared) that the ranking no longer retrieves, scored again
     * so that they say what the resume and the preferences say now; they stay on the board and are not notified again.
     */
    @Transactional
    public void replace(UUID userId, UUID resumeId, List<ScoredMatch> ranked, List<ScoredMatch> kept,
                        double notifyAtOrAbove, double analysisMinSemantic, int analysisTop) {
        UserJobMatch.getEntityManager()
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(CAST(?1 AS text), 0))) AS locked")
                .setParameter(1, resumeId.toString())
                .getSingleResult();
        Map<UUID, UserJobMatch> existing = new HashMap<>();
        UserJobMatch.<UserJobMatch>list("resumeId", resumeId).forEach(m -> existing.put(m.jobId, m));
        OffsetDateTime now = OffsetDateTime.now();
        for (int rank = 0; rank < ranked.size(); rank++) {
            MatchResult result = ranked.get(rank).result();
            UserJobMatch match = existing.remove(result.jobId());
            boolean isNew = match == null;
            if (isNew) {
                match = new UserJobMatch();
                match.userId = userId;
                match.resumeId = resumeId;
                match.jobId = result.jobId();
                match.status = "NEW";
                match.analysisStatus = "NOT_ELIGIBLE";
            }
            BigDecimal previous = match.overallScore;
            fill(match, ranked.get(rank), now);
            boolean eligible = rank < analysisTop && result.subScores().semantic() != null
                    && result.subScores().semantic() >= analysisMinSemantic;
            if (eligible && (!ANALYZED.contains(match.analysisStatus) || !match.overallScore.equals(previous))) {
                match.analysisStatus = PENDING_ANALYSIS;
            } else if (!eligible && !ANALYZED.contains(match.analysisStatus)) {
                match.analysisStatus = "NOT_ELIGIBLE";
            }
            if (isNew) {
                match.persist();
                if (result.overallScore() >= notifyAtOrAbove && result.knockOuts().isEmpty()) {
                    notifyNewMatch(match, result);
                }
            }
        }
        for (ScoredMatch scored : kept) {
            UserJobMatch match = existing.get(scored.result().jobId());
            if (match != null && KEPT_STATUSES.contains(match.status)) {
                fill(match, scored, now);
            }
        }
        existing.values().stream().filter(m -> !KEPT_STATUSES.contains(m.status)).forEach(UserJobMatch::delete);
    }

    /** The jobs of a resume's matches the person kept (saved, applied, shared), which a new ranking never drops. */
    public List<UUID> keptJobs(UUID resumeId) {
        return UserJobMatch.<UserJobMatch>list("resumeId = ?1 and status in ?2", resumeId, KEPT_STATUSES).stream()
                .map(match -> match.jobId).toList();
    }

    private static void fill(UserJobMatch match, ScoredMatch scored, OffsetDateTime now) {
        MatchResult result = scored.result();
        match.overallScore = fraction(result.overallScore());
        match.semanticScore = result.subScores().semantic() == null ? null : fraction(result.subScores().semantic());
        match.preferenceFit = result.preferenceFit() == null ? null : fraction(result.preferenceFit());
        match.confidence = BigDecimal.valueOf(result.confidence()).setScale(2, RoundingMode.HALF_UP);
        match.knockedOut = !result.knockOuts().isEmpty();
        match.priority = result.overallScore() >= 75 ? "HIGH" : result.overallScore() >= 50 ? "MEDIUM" : "LOW";
        // One reason per line: reasons hold semicolons of their own ("3-8 years asked; met"), so a list can show them apart.
        match.matchReasoning = String.join("\n", result.reasons());
        // A requirement met only by a related skill is still a gap: the resume does not show the skill itself.
        match.keyAlignments = result.matchedSkills().stream().filter(SkillMatch::direct)
                .map(SkillMatch::name).toList();
        match.potentialGaps = Stream.of(result.missingRequiredSkills().stream().map(SkillRequirement::name),
                result.matchedSkills().stream().filter(m -> m.required() && !m.direct())
                        .map(SkillMatch::name),
                result.knockOuts().stream().map(KnockOut::requirement)).flatMap(s -> s).toList();
        match.unstatedFilters = scored.unstatedFilters();
        match.belowKnown = scored.belowKnown();
        match.weightsVariant = scored.variant();
        match.computedAt = now;
    }

    private static void notifyNewMatch(UserJobMatch match, MatchResult result) {
        String key = "match:" + match.resumeId + ":" + match.jobId;
        if (Notification.count("userId = ?1 and dedupKey = ?2", match.userId, key) > 0) {
            return;
        }
        Notification notification = new Notification();
        notification.userId = match.userId;
        notification.kind = "NEW_MATCH";
        notification.jobId = match.jobId;
        notification.title = "New match: %.0f/100".formatted(result.overallScore());
        notification.body = String.join("; ", result.reasons().stream().limit(2).toList());
        notification.dedupKey = key;
        notification.persist();
    }

    public static BigDecimal fraction(double score) {
        return BigDecimal.valueOf(score / 100).setScale(4, RoundingMode.HALF_UP);
    }

    public boolean hasMatches(UUID resumeId) {
        return stored(resumeId) > 0;
    }

    /** How many matches are stored for a resume, whatever their score or status. */
    public long stored(UUID resumeId) {
        return UserJobMatch.count("resumeId", resumeId);
    }

    public List<UserJobMatch> page(Query query) {
        Sort sort = switch (query.sort()) {
            case "preference" -> Sort.descending("preferenceFit", "overallScore");
            case "semantic" -> Sort.descending("semanticScore", "overallScore");
            case "recent" -> Sort.descending("computedAt", "overallScore");
            default -> Sort.ascending("belowKnown").and("overallScore", Sort.Direction.Descending);
        };
        return UserJobMatch.<UserJobMatch>find(where(query), sort.and("jobId"), parameters(query))
                .page(Page.of(query.page(), query.size())).list();
    }

    /** Stores a match's deep analysis (or why there is none); a match deleted meanwhile is left alone. */
    public void recordAnalysis(UUID matchId, String status, BigDecimal llmScore, String reasoning) {
        UserJobMatch.<UserJobMatch>findByIdOptional(matchId).ifPresent(match -> {
            match.analysisStatus = status;
            if (llmScore != null || !"UNAVAILABLE".equals(status)) {
                match.llmScore = llmScore;
            }
            match.llmReasoning = reasoning;
        });
    }

    /** The stored match of one job for one resume, if it was ranked. */
    public Optional<UserJobMatch> find(UUID resumeId, UUID jobId) {
        return UserJobMatch.<UserJobMatch>find("resumeId = ?1 and jobId = ?2", resumeId, jobId).firstResultOptional();
    }

    public long count(Query query) {
        return UserJobMatch.count(where(query), parameters(query));
    }

    private static String where(Query query) {
        return "resumeId = :resume and overallScore >= :min"
                + " and jobId not in (select j.id from Job j where j.closedAt is not null)"
                + (query.includeKnockedOut() ? "" : " and knockedOut = false")
                + (query.status() == null ? "" : " and status = :status");
    }

    private static Parameters parameters(Query query) {
        Parameters parameters = Parameters.with("resume", query.resumeId()).and("min", fraction(query.minScore()));
        return query.status() == null ? parameters : parameters.and("status", query.status());
    }

    @Transactional
    public void deleteResume(UUID resumeId) {
        UserJobMatch.delete("resumeId", resumeId);
        MatchExplanation.delete("resumeId", resumeId);
        // Its ranking is gone, so no new job reaches it any more (MatchReachStore).
        UserJobMatch.getEntityManager().createNativeQuery("DELETE FROM match_reach WHERE resume_id = :resume")
                .setParameter("resume", resumeId).executeUpdate();
    }

    /** Removes a dismissed job from every ranking of the person: it must not come back. */
    @Transactional
    public void forget(UUID userId, UUID jobId) {
        UserJobMatch.delete("userId = ?1 and jobId = ?2", userId, jobId);
    }

    /** A first look changes NEW to VIEWED; it never downgrades a saved or applied match. */
    @Transactional
    public void markViewed(UUID userId, UUID jobId) {
        UserJobMatch.update("status = 'VIEWED' where userId = ?1 and jobId = ?2 and status = 'NEW'", userId, jobId);
    }

    @Transactional
    public void markStatus(UUID userId, UUID jobId, String status) {
        UserJobMatch.update("status = ?1 where userId = ?2 and jobId = ?3", status, userId, jobId);
    }

    @Transactional
    public MatchExplanation saveExplanation(ScoredMatch scored) {
        MatchResult result = scored.result();
        // The pair's row is claimed first, then read under its lock: two requests explaining a new pair at once would
        // otherwise both insert it, and the second would fail on the unique key (a 500 for a double click).
        UserJobMatch.getEntityManager().createNativeQuery("""
                        INSERT INTO matching_metadata.match_explanations (user_id, resume_id, job_id)
                        VALUES (:user, :resume, :job) ON CONFLICT (user_id, resume_id, job_id) DO NOTHING""")
                .setParameter("user", result.userId()).setParameter("resume", result.resumeId())
                .setParameter("job", result.jobId()).executeUpdate();
        MatchExplanation explanation = MatchExplanation.<MatchExplanation>find(
                        "userId = ?1 and resumeId = ?2 and jobId = ?3", result.userId(), result.resumeId(), result.jobId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        explanation.overallScore = fraction(result.overallScore());
        explanation.collarType = result.collarType() == null ? null : result.collarType().name();
        explanation.weightsConfigId = scored.weightsConfigId();
        explanation.subScores = result.subScores();
        explanation.explanation = result;
        return explanation;
    }

    public List<UUID> resumesOf(UUID userId) {
        return UserJobMatch.<UserJobMatch>find("select distinct m.resumeId from UserJobMatch m where m.userId = ?1", userId)
                .project(UUID.class).list();
    }

    public List<UUID> resumesMatching(UUID jobId) {
        return new ArrayList<>(UserJobMatch.find("select distinct m.resumeId from UserJobMatch m where m.jobId = ?1", jobId)
                .project(UUID.class).list());
    }

    public List<UUID> allResumes() {
        return UserJobMatch.find("select distinct m.resumeId from UserJobMatch m").project(UUID.class).list();
    }
}
