package com.jobmatch.matching.bench;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.Evidence;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.enrichment.PostingRequirements;
import com.jobmatch.matching.knowledge.Terms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Profiles built from raw resume and job text for the evaluation only: skills found by looking up word n-grams
 * in the platform taxonomy (the same aliases ai-service extracts with); a resume's months of experience in its
 * dated roles ("08/2014-05/2015", "06/2017 to Current", overlaps once, as resume-service counts them) and its education
 * level read with simple patterns. Deliberately plain, so the evaluation measures the scoring, not a clever
 * parser. A job gets what the service derives from a free-text posting at enrichment: its skills and the experience
 * it states ({@link PostingRequirements}); no minimum degree (the service reads one only from structured fields).
 */
final class TextProfiles {

    private static final Pattern DATED_ROLE = Pattern.compile(
            "(\\d{2})/(\\d{4})\\s*(?:-|to)\\s*(?:(\\d{2})/(\\d{4})|current|present)", Pattern.CASE_INSENSITIVE);
    private static final int OPEN_ROLE_END = 2023 * 12 + 6;
    private static final Pattern PREFERRED = Pattern.compile("prefer|nice to have|a plus|bonus|desired|desirable");
    private static final int MAX_WORDS = 4;

    private final MatchingKnowledge knowledge;

    TextProfiles(MatchingKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    CandidateProfile candidate(String id, String text) {
        List<Skill> skills = new ArrayList<>();
        found(text).forEach((slug, phrase) -> skills.add(new Skill(slug, phrase, null, null, 1.0,
                List.of(new Evidence("resume", phrase, null, null)))));
        Integer months = datedMonths(text);
        EducationLevel level = education(text);
        return new CandidateProfile(uuid(id), uuid(id), 1, null, null, null, skills, List.of(), months,
                level == null ? List.of() : List.of(new EducationEntry(null, null, level, null, null, null)),
                List.of(), List.of(), List.of(), List.of(), CollarType.WHITE, null, text, true);
    }

    JobProfile job(String id, String text) {
        List<SkillRequirement> required = new ArrayList<>();
        List<SkillRequirement> preferred = new ArrayList<>();
        Map<String, String> all = found(text);
        Map<String, String> optional = new LinkedHashMap<>();
        for (String sentence : text.split("[.\\n•;]")) {
            if (PREFERRED.matcher(sentence.toLowerCase()).find()) {
                optional.putAll(found(sentence));
            }
        }
        all.forEach((slug, phrase) -> (optional.containsKey(slug) ? preferred : required)
                .add(new SkillRequirement(slug, phrase, null, null, 1.0)));
        ExperienceRange asked = PostingRequirements.experience(text);
        return new JobProfile(uuid(id), id, null, null, text, required, preferred, asked, null, null,
                List.of(), null, null, List.of(), null, List.of(), CollarType.WHITE, null, asked != null);
    }

    /** Taxonomy skills named in the text: canonical slug -> the phrase as written. */
    Map<String, String> found(String text) {
        String[] words = Terms.normalize(text).split(" ");
        Map<String, String> found = new LinkedHashMap<>();
        for (int start = 0; start < words.length; start++) {
            for (int length = MAX_WORDS; length >= 1; length--) {
                if (start + length > words.length) {
                    continue;
                }
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length));
                boolean tooShort = length == 1 && phrase.length() < 3 && !phrase.matches(".*[+#].*");
                String slug = knowledge.canonicalSkills().get(phrase);
                if (slug != null && !tooShort) {
                    found.putIfAbsent(slug, phrase);
                    start += length - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Months in the text's dated roles, counted as resume-service counts them: both end months included, a month
     * in which roles overlap once. An open role ("to Current") runs to the data set's time (mid 2023).
     */
    static Integer datedMonths(String text) {
        Matcher role = DATED_ROLE.matcher(text);
        BitSet worked = new BitSet();
        while (role.find()) {
            int start = Integer.parseInt(role.group(2)) * 12 + Integer.parseInt(role.group(1));
            int end = role.group(4) == null ? OPEN_ROLE_END : Integer.parseInt(role.group(4)) * 12 + Integer.parseInt(role.group(3));
            if (end >= start) {
                worked.set(start, end + 1);
            }
        }
        return worked.isEmpty() ? null : worked.cardinality();
    }

    static EducationLevel education(String text) {
        String lower = text.toLowerCase();
        if (lower.contains("phd") || lower.contains("ph.d") || lower.contains("doctorate")) {
            return EducationLevel.DOCTORATE;
        }
        if (lower.contains("master") || lower.contains("mba") || lower.contains("m.s.")) {
            return EducationLevel.MASTER;
        }
        if (lower.contains("bachelor") || lower.contains("b.s.") || lower.contains("b.a.") || lower.contains("degree")) {
            return EducationLevel.BACHELOR;
        }
        return null;
    }

    private static UUID uuid(String id) {
        return UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
