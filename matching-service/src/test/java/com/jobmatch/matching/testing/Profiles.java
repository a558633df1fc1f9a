package com.jobmatch.matching.testing;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.Certification;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.Evidence;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.contract.model.Weights;

import java.util.List;
import java.util.UUID;

/** Small, readable profiles for scoring tests: a backend engineer and a backend job, varied per test. */
public final class Profiles {

    public static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    public static final UUID RESUME = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    public static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    public static final Weights WHITE = new Weights(0.20, 0.25, 0.35, 0.05, 0.10, 0.05);
    public static final Location BERLIN = new Location("Berlin", "Berlin", "DE", null, null);

    private Profiles() {
    }

    public static Skill skill(String id, String name, String evidence) {
        return new Skill(id, name, "technology", null, 0.9,
                evidence == null ? List.of() : List.of(new Evidence("experience", evidence, 10, 10 + evidence.length())));
    }

    public static SkillRequirement wants(String id, String name) {
        return new SkillRequirement(id, name, "technology", null, 1.0);
    }

    public static CandidateProfile candidate(List<Skill> skills) {
        return candidate(skills, List.of(new ExperienceEntry("Backend Engineer", "Acme", "software", "Berlin", null,
                        null, false, 48, "Built Java services", List.of("java"))),
                List.of(new EducationEntry("TU Berlin", "BSc Computer Science", EducationLevel.BACHELOR, "CS", null, null)));
    }

    public static CandidateProfile candidate(List<Skill> skills, List<ExperienceEntry> experience,
                                             List<EducationEntry> education) {
        return candidate(USER, RESUME, skills, experience, education);
    }

    public static CandidateProfile candidate(UUID user, UUID resume, List<Skill> skills) {
        return candidate(user, resume, skills, candidate(skills).experience(), candidate(skills).education());
    }

    public static CandidateProfile candidate(UUID user, UUID resume, List<Skill> skills,
                                             List<ExperienceEntry> experience, List<EducationEntry> education) {
        return new CandidateProfile(user, resume, 1, "Ada", "Backend engineer", "Java and PostgreSQL", skills,
                experience, null, education, List.of(new Certification("AWS Certified Developer", "AWS", null, null)),
                List.of(), List.of(BERLIN), List.of("software"), CollarType.WHITE, null,
                "Backend engineer with Java and PostgreSQL", true);
    }

    /** Another version of a resume: its number and text changed (a new version is embedded anew). */
    public static CandidateProfile version(CandidateProfile base, int version, String text) {
        return new CandidateProfile(base.userId(), base.resumeId(), version, base.name(), base.headline(), base.summary(),
                base.skills(), base.experience(), base.totalExperienceMonths(), base.education(), base.certifications(),
                base.languages(), base.locations(), base.industries(), base.collarType(), base.preferences(), text,
                base.enriched());
    }

    public static List<Skill> javaPostgresDocker() {
        return List.of(skill("java", "Java", "Built Java services at Acme"),
                skill("postgresql", "PostgreSQL", "Tuned PostgreSQL queries"),
                skill("docker", "Docker", null));
    }

    public static JobProfile job(List<SkillRequirement> required, List<SkillRequirement> preferred) {
        return new JobProfile(JOB, "ext-1", "Backend Engineer", "Initech", "Java backend work", required, preferred,
                new ExperienceRange(24, 72), "mid", EducationLevel.BACHELOR, List.of(), BERLIN, WorkArrangement.HYBRID,
                List.of(EmploymentType.FULL_TIME), null, List.of("software"), CollarType.WHITE, true, false);
    }

    public static JobProfile backendJob() {
        return job(List.of(wants("java", "Java"), wants("postgresql", "PostgreSQL"), wants("kubernetes", "Kubernetes")),
                List.of(wants("kafka", "Kafka")));
    }

    public static CandidatePreferences preferences(boolean needsVisa) {
        return new CandidatePreferences(USER, List.of("Backend Engineer"), List.of(), List.of(), java.util.Set.of(),
                java.util.Set.of(), null, false, needsVisa, List.of(), List.of(), List.of(), 60, null);
    }
}
