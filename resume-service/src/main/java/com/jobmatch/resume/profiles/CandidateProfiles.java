package com.jobmatch.resume.profiles;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.Certification;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.Evidence;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.LanguageSkill;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillLink;
import com.jobmatch.resume.parsing.EducationLevels;
import com.jobmatch.resume.parsing.ResumeDates;
import com.jobmatch.resume.parsing.ResumeSections;
import com.jobmatch.resume.resumes.Resume;
import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A resume's current version in the matching contract's shape. */
public final class CandidateProfiles {

    private CandidateProfiles() {
    }

    public static CandidateProfile of(Resume resume) {
        ResumeData data = resume.resumeData;
        List<ExperienceEntry> experience = data.workExperience().stream().map(CandidateProfiles::experience).toList();
        String headline = data.workExperience().stream().map(WorkExperience::position)
                .filter(p -> p != null && !p.isBlank()).findFirst().orElse(null);
        String text = resume.text();
        return new CandidateProfile(resume.userId, resume.id, resume.currentVersion, data.contactInfo().fullName(),
                headline, data.summary(), skills(resume, text), experience, careerMonths(resume, text),
                data.education().stream().map(CandidateProfiles::education).toList(),
                data.certifications().stream().map(c -> new Certification(c.name(), c.issuer(),
                        start(c.dateObtained()), end(c.expirationDate()))).toList(),
                data.languages().stream().map(l -> new LanguageSkill(l.language(), l.fluency())).toList(),
                List.of(), List.of(), null, null, text, resume.enriched);
    }

    /**
     * The career's months: the dated roles' (overlaps counted once), or the length the resume states when that is
     * longer ({@link StatedCareer}: "over 12 years of experience" above roles whose older dates were lost).
     */
    static Integer careerMonths(Resume resume, String text) {
        Integer dated = resume.resumeData.totalExperienceMonths();
        Integer stated = StatedCareer.months(text).orElse(null);
        return stated != null && (dated == null || stated > dated) ? stated : dated;
    }

    /** The resume's skills, each with the mention that proves it best in {@code text} ({@link #text}). */
    static List<Skill> skills(Resume resume, String text) {
        if (resume.enriched && !resume.extractedSkills.isEmpty()) {
            Map<String, ExtractedSkill> byId = new LinkedHashMap<>();
            List<int[]> interests = Interests.ranges(text);
            for (ExtractedSkill s : resume.extractedSkills) {
                if (ResumeSections.covers(interests, s.start())) {
                    continue;
                }
                String key = s.skillId() != null ? s.skillId() : s.name().toLowerCase(Locale.ROOT);
                ExtractedSkill existing = byId.get(key);
                if (existing == null || SkillMentions.proves(s, existing, text)) {
                    byId.put(key, s);
                }
            }
            return byId.values().stream().map(s -> new Skill(s.skillId(), s.name(), s.category(), s.escoUri(),
                    s.confidence(), List.of(new Evidence("resume", s.matchedText(), s.start(), s.end())),
                    SkillLink.named(s.link()) ? SkillLink.NAMED : SkillLink.RELATED)).toList();
        }
        double confidence = resume.resumeData.confidence().getOrDefault("skills", 0.7);
        return resume.resumeData.skills().stream().map(name -> new Skill(null, name, null, null, confidence, List.of())).toList();
    }

    private static ExperienceEntry experience(WorkExperience role) {
        boolean current = Boolean.TRUE.equals(role.isCurrent()) || ResumeDates.isPresent(role.endDate());
        return new ExperienceEntry(role.position(), role.company(), null, role.location(), start(role.startDate()),
                current ? null : end(role.endDate()), current, role.months(), role.description(), List.of());
    }

    private static EducationEntry education(ResumeData.Education edu) {
        return new EducationEntry(edu.institution(), edu.degree(), level(edu.degree()), edu.fieldOfStudy(),
                start(edu.startDate()), end(edu.graduationDate()));
    }

    public static EducationLevel level(String degree) {
        return EducationLevels.of(degree);
    }

    private static LocalDate start(String text) {
        return ResumeDates.parse(text).map(m -> m.atDay(1)).orElse(null);
    }

    private static LocalDate end(String text) {
        Optional<YearMonth> month = ResumeDates.parseEnd(text);
        return month.map(YearMonth::atEndOfMonth).orElse(null);
    }
}
