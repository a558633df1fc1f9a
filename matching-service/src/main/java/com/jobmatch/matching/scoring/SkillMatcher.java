package com.jobmatch.matching.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.Evidence;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillMatch;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Matches each skill a job asks for against the candidate's: the same taxonomy id (EXACT), the same skill under
 * another name (SYNONYM, through the taxonomy) or a near skill (SIMILAR, through skill_similarity, credited at
 * a discount so that a near skill never counts as much as the skill itself). Required skills weigh twice as
 * much as preferred ones, each scaled by the importance the posting gives it.
 * <p>
 * A candidate skill whose evidence only comes near it ({@link Skill#named()} false: linked by embedding similarity,
 * or through a label the taxonomy lends from a broader concept, "system integration" for ICT system integration)
 * is related evidence even under the skill's own id: it is a SIMILAR match, credited by how near the link is, and
 * never counts as "has" (bench/evidence-audit-session10b.jsonl: such links were the largest class of false EXACT
 * citations).
 */
public final class SkillMatcher {

    static final double REQUIRED_WEIGHT = 2.0;
    static final double PREFERRED_WEIGHT = 1.0;
    public static final double MIN_SIMILARITY = 0.3;
    static final double SIMILAR_CREDIT = 0.8;

    private final MatchingKnowledge knowledge;
    /**
     * Every compared form (a normalized id, a canonical id) numbered once per knowledge snapshot, so that matching
     * compares small numbers in small per-candidate maps rather than strings in shared ones.
     */
    private final Map<String, Integer> ordinals = new ConcurrentHashMap<>();
    private final AtomicInteger nextOrdinal = new AtomicInteger();
    /**
     * What each job asks for in compared form, kept per profile instance (a profile in memory is one job version,
     * and the entry leaves with it). Ranking is bound by memory reads, not arithmetic: read through the profile,
     * each requirement costs several scattered reads (its object, its strings, a shared map of forms); a few arrays
     * per job cost a handful (bench/match-latency.sh: scoring 40 jobs 0.53 -> 0.23 ms).
     */
    private final Cache<JobProfile, Asked> asked = Caffeine.newBuilder().weakKeys().build();
    /** The last candidate's skills, indexed: a ranking assesses one candidate against a hundred jobs. */
    private volatile Offers last;

    SkillMatcher(MatchingKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * A candidate's skills indexed by the forms a requirement is compared in, so that matching one requirement
     * costs a few look-ups whatever the length of the resume. Each index keeps the first skill (in resume order)
     * with that form, and {@code nearest} the first skill with the highest similarity to each near skill.
     */
    private record Offers(CandidateProfile candidate, List<String> ids, Map<Integer, Integer> byId,
                          Map<Integer, Integer> byCanonical, Map<Integer, Integer> byNameCanonical,
                          Map<Integer, Near> nearest) {
    }

    private record Near(int index, double similarity) {
    }

    /**
     * A job's requirements, required ones first, with the ordinals of their compared forms (no id: -1) and their
     * weights.
     */
    private record Asked(SkillRequirement[] requirements, int required, int[] ids, int[] canonicals,
                         int[] nameCanonicals, double[] weights) {
    }

    private int ordinal(String form) {
        return ordinals.computeIfAbsent(form, f -> nextOrdinal.getAndIncrement());
    }

    private Offers offers(CandidateProfile candidate) {
        Offers known = last;
        if (known != null && known.candidate() == candidate) {
            return known;
        }
        List<Skill> skills = candidate.skills();
        Offers offers = new Offers(candidate, new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>());
        for (int i = 0; i < skills.size(); i++) {
            Skill skill = skills.get(i);
            int index = i;
            String ownId = idOf(skill);
            offers.ids().add(ownId);
            String id = Terms.normalize(skill.skillId());
            if (!id.isEmpty()) {
                offers.byId().putIfAbsent(ordinal(id), i);
            }
            String canonical = knowledge.canonicalSkill(ownId);
            offers.byCanonical().putIfAbsent(ordinal(canonical), i);
            offers.byNameCanonical().putIfAbsent(ordinal(knowledge.canonicalSkill(skill.name())), i);
            if (!skill.named()) {
                continue; // related evidence of a skill is no evidence of the skill's own neighbours
            }
            knowledge.neighbours(canonical).forEach((near, similarity) -> offers.nearest().merge(ordinal(near),
                    new Near(index, similarity), (kept, other) -> other.similarity() > kept.similarity() ? other : kept));
        }
        last = offers;
        return offers;
    }

    private Asked asked(JobProfile job) {
        return asked.get(job, this::compared);
    }

    private Asked compared(JobProfile job) {
        List<SkillRequirement> required = job.requiredSkills();
        List<SkillRequirement> preferred = job.preferredSkills();
        int count = required.size() + preferred.size();
        Asked forms = new Asked(new SkillRequirement[count], required.size(), new int[count], new int[count],
                new int[count], new double[count]);
        for (int i = 0; i < count; i++) {
            boolean isRequired = i < required.size();
            SkillRequirement requirement = isRequired ? required.get(i) : preferred.get(i - required.size());
            String id = Terms.normalize(requirement.skillId());
            forms.requirements()[i] = requirement;
            forms.ids()[i] = id.isEmpty() ? -1 : ordinal(id);
            forms.canonicals()[i] = ordinal(knowledge.canonicalSkill(requirement));
            forms.nameCanonicals()[i] = ordinal(knowledge.canonicalSkill(requirement.name()));
            forms.weights()[i] = (isRequired ? REQUIRED_WEIGHT : PREFERRED_WEIGHT) * importance(requirement);
        }
        return forms;
    }

    SkillAssessment assess(CandidateProfile candidate, JobProfile job) {
        List<Skill> candidateSkills = candidate.skills();
        Offers offers = offers(candidate);
        Asked forms = asked(job);
        List<SkillMatch> matched = new ArrayList<>();
        List<SkillRequirement> missingRequired = new ArrayList<>();
        List<SkillRequirement> missingPreferred = new ArrayList<>();
        Set<String> used = new HashSet<>();
        double earned = 0;
        double possible = 0;
        for (int i = 0; i < forms.requirements().length; i++) {
            boolean required = i < forms.required();
            possible += forms.weights()[i];
            SkillMatch match = bestMatch(candidate, offers, forms, i, required);
            if (match == null) {
                (required ? missingRequired : missingPreferred).add(forms.requirements()[i]);
                continue;
            }
            matched.add(match);
            earned += forms.weights()[i] * credit(match);
            used.add(match.candidateSkillId());
        }
        List<Skill> extra = new ArrayList<>();
        for (int i = 0; i < candidateSkills.size(); i++) {
            if (!used.contains(offers.ids().get(i))) {
                extra.add(candidateSkills.get(i));
            }
        }
        boolean noData = possible == 0 || candidateSkills.isEmpty();
        Double shown = noData ? null : 100 * earned / possible;
        return new SkillAssessment(shown, forms.requirements().length, matched, missingRequired, missingPreferred, extra);
    }

    private static double importance(SkillRequirement requirement) {
        Double importance = requirement.importance();
        return importance == null || importance <= 0 ? 1.0 : Math.min(1.0, importance);
    }

    private static double credit(SkillMatch match) {
        return "SIMILAR".equals(match.matchType()) ? SIMILAR_CREDIT * match.similarity() : 1.0;
    }

    /**
     * The candidate's first skill that is the one asked for (EXACT) or the same under another name (SYNONYM),
     * else the nearest skill above {@link #MIN_SIMILARITY} (SIMILAR), else none.
     */
    private SkillMatch bestMatch(CandidateProfile candidate, Offers offers, Asked forms, int i, boolean required) {
        int none = Integer.MAX_VALUE;
        int exact = forms.ids()[i] < 0 ? none : offers.byId().getOrDefault(forms.ids()[i], none);
        int canonical = forms.canonicals()[i];
        int synonym = Math.min(offers.byCanonical().getOrDefault(canonical, none),
                Math.min(offers.byNameCanonical().getOrDefault(canonical, none),
                        offers.byNameCanonical().getOrDefault(forms.nameCanonicals()[i], none)));
        List<Skill> skills = candidate.skills();
        SkillRequirement requirement = forms.requirements()[i];
        SkillMatch direct = null;
        if (exact != none && exact <= synonym) {
            direct = match(candidate, requirement, required, skills.get(exact), "EXACT", 1.0);
        } else if (synonym != none) {
            direct = match(candidate, requirement, required, skills.get(synonym), "SYNONYM", 1.0);
        }
        Skill directSkill = direct == null ? null : skills.get(Math.min(exact, synonym));
        if (directSkill != null && directSkill.named()) {
            return direct;
        }
        SkillMatch related = directSkill == null ? null : match(candidate, requirement, required, directSkill,
                "SIMILAR", relatedSimilarity(directSkill));
        Near near = offers.nearest().get(canonical);
        if (near != null && near.similarity() >= MIN_SIMILARITY
                && (related == null || near.similarity() > related.similarity())) {
            return match(candidate, requirement, required, skills.get(near.index()), "SIMILAR", near.similarity());
        }
        return related;
    }

    /**
     * How near related evidence under the skill's own id is: the extraction's confidence in the link (the cosine of
     * an embedding link, the dictionary's confidence in a lent label), so it is credited below the skill itself.
     */
    private static double relatedSimilarity(Skill skill) {
        Double confidence = skill.confidence();
        return confidence == null ? MIN_SIMILARITY : Math.max(MIN_SIMILARITY, Math.min(1.0, confidence));
    }

    private SkillMatch match(CandidateProfile candidate, SkillRequirement requirement, boolean required,
                             Skill skill, String type, double similarity) {
        String id = requirement.skillId() != null ? requirement.skillId() : Terms.normalize(requirement.name());
        return new SkillMatch(id, requirement.name(), type, similarity, required, idOf(skill),
                evidenceOf(candidate, skill));
    }

    static String idOf(Skill skill) {
        return skill.skillId() != null ? skill.skillId() : Terms.normalize(skill.name());
    }

    /** Where the resume shows the skill: its own evidence, else the role that lists it. */
    private static Evidence evidenceOf(CandidateProfile candidate, Skill skill) {
        if (!skill.evidence().isEmpty()) {
            return skill.evidence().getFirst();
        }
        for (ExperienceEntry role : candidate.experience()) {
            if (skill.skillId() != null && role.skillIds().contains(skill.skillId())) {
                String where = role.company() == null ? role.title() : role.title() + " at " + role.company();
                return new Evidence("experience", where, null, null);
            }
        }
        return null;
    }
}
