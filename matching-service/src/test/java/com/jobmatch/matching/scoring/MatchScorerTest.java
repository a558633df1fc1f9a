package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.Evidence;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.Improvement;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.KnockOut;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillLink;
import com.jobmatch.contract.model.SkillMatch;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.testing.Profiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.jobmatch.matching.testing.Profiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchScorerTest {

    private final MatchingKnowledge knowledge = new MatchingKnowledge(
            Map.of("postgres", "postgresql", "k8s", "kubernetes"),
            Map.of("docker", Map.of("kubernetes", 0.6)),
            Map.of(MatchingKnowledge.pairKey("finance", "software"), 0.4),
            Map.of("aws certified developer", 0.9));
    private final MatchScorer scorer = new MatchScorer(knowledge, ScoringPolicy.DEFAULT);

    private MatchResult score(CandidateProfile candidate, JobProfile job) {
        return scorer.score(new ScoringInput(candidate, job, null, null, null), WHITE);
    }

    @Test
    void sameInputsGiveTheSameResult() {
        MatchResult first = score(candidate(javaPostgresDocker()), backendJob());
        MatchResult second = score(candidate(javaPostgresDocker()), backendJob());
        assertEquals(first, second);
        assertTrue(first.overallScore() > 0 && first.overallScore() <= 100);
    }

    @Test
    void skillsAreMatchedExactlyBySynonymAndBySimilarityWithEvidence() {
        var candidate = candidate(List.of(skill("java", "Java", "Built Java services at Acme"),
                skill(null, "Postgres", "Tuned Postgres"), skill("docker", "Docker", null)));
        MatchResult result = score(candidate, backendJob());
        Map<String, SkillMatch> bySkill = result.matchedSkills().stream()
                .collect(java.util.stream.Collectors.toMap(SkillMatch::skillId, m -> m));
        assertEquals("EXACT", bySkill.get("java").matchType());
        assertEquals("Built Java services at Acme", bySkill.get("java").evidence().text());
        assertEquals("SYNONYM", bySkill.get("postgresql").matchType());
        assertEquals("SIMILAR", bySkill.get("kubernetes").matchType());
        assertEquals(0.6, bySkill.get("kubernetes").similarity(), 1e-9);
        assertEquals(List.of("kafka"), result.missingPreferredSkills().stream().map(s -> s.skillId()).toList());
        // required 3 x 2 + preferred 1: java 2 + postgres 2 + kubernetes 2 * 0.8 * 0.6 = 4.96 of 7, 70.9 %, which four
        // skills asked vouch for down to 27.2 (the lower end of its 95 % Wilson interval)
        assertEquals(27.2, result.subScores().skills(), 0.05);
        assertTrue(result.reasons().contains("Skills score 27 of 100: the resume shows 71% of the 4 skills the job asks "
                + "for (by importance); judged on 4 skills, the score is the share we can be 95% sure of"),
                result.reasons().toString());
        // A related skill is partly credited but never counted as the skill asked for.
        assertTrue(result.reasons().contains("Has 2 of 3 required skills"), result.reasons().toString());
        assertTrue(result.reasons().contains("Related skills, partly credited: Docker, related to Kubernetes"),
                result.reasons().toString());
    }

    @Test
    void evidenceThatOnlyComesNearASkillIsARelatedMatchNeverTheSkillItself() {
        // The resume's "relational databases" was linked to PostgreSQL only by a generic term, "Kubernetes platform
        // work" by embedding similarity: both carry the skills' own ids, but the words do not name them
        // (bench/evidence-audit-session10b.jsonl: such links were cited as EXACT, and were false).
        var candidate = candidate(List.of(skill("java", "Java", "Built Java services at Acme"),
                related("postgresql", "PostgreSQL", "relational databases", 0.85),
                related("kubernetes", "Kubernetes", "container platform work", 0.82)));
        MatchResult result = score(candidate, backendJob());
        Map<String, SkillMatch> bySkill = result.matchedSkills().stream()
                .collect(java.util.stream.Collectors.toMap(SkillMatch::skillId, m -> m));
        assertEquals("EXACT", bySkill.get("java").matchType());
        assertEquals("SIMILAR", bySkill.get("postgresql").matchType());
        assertEquals(0.85, bySkill.get("postgresql").similarity(), 1e-9);
        assertEquals("relational databases", bySkill.get("postgresql").evidence().text());
        assertEquals("SIMILAR", bySkill.get("kubernetes").matchType());
        // required 3 x 2 + preferred 1: java 2 + postgres 2 * 0.8 * 0.85 + kubernetes 2 * 0.8 * 0.82 = 4.672 of 7, 66.7 %,
        // 24.6 at the lower end of its 95 % interval over four skills asked
        assertEquals(24.6, result.subScores().skills(), 0.05);
        assertTrue(result.reasons().contains("Has 1 of 3 required skills"), result.reasons().toString());
        assertTrue(result.reasons().contains("Related skills, partly credited: 'relational databases' in the resume, "
                + "related to PostgreSQL; 'container platform work' in the resume, related to Kubernetes"),
                result.reasons().toString());
    }

    @Test
    void namedEvidenceOfASkillStaysExactBesideRelatedEvidenceOfAnother() {
        // A related link of one skill does not weaken another skill that the resume names.
        var candidate = candidate(List.of(skill("java", "Java", "Built Java services at Acme"),
                new Skill("postgresql", "PostgreSQL", "technology", null, 0.95,
                        List.of(new Evidence("resume", "PostgreSQL", 0, 10)), SkillLink.NAMED),
                related("docker", "Docker", "containers", 0.81)));
        MatchResult result = score(candidate, backendJob());
        Map<String, SkillMatch> bySkill = result.matchedSkills().stream()
                .collect(java.util.stream.Collectors.toMap(SkillMatch::skillId, m -> m));
        assertEquals("EXACT", bySkill.get("postgresql").matchType());
        // Docker is related to Kubernetes, but the resume only came near Docker: no credit for Kubernetes through it.
        assertNull(bySkill.get("kubernetes"));
    }

    private static Skill related(String id, String name, String words, double confidence) {
        return new Skill(id, name, "technology", null, confidence,
                List.of(new Evidence("resume", words, 0, words.length())), SkillLink.RELATED);
    }

    @Test
    void aSkillParsedWithoutTaxonomyIdOrEvidenceStillMatchesByName() {
        // Before enrichment a resume's skills carry only names: no taxonomy id and no evidence span.
        var candidate = candidate(List.of(skill(null, "Java", null)));
        MatchResult result = score(candidate, backendJob());
        SkillMatch java = result.matchedSkills().stream().filter(m -> m.skillId().equals("java")).findFirst().orElseThrow();
        assertEquals(null, java.evidence());
    }

    @Test
    void aMissingRequiredSkillCostsMoreThanAMissingPreferredOne() {
        var withoutRequired = score(candidate(javaPostgresDocker()),
                job(List.of(wants("java", "Java"), wants("go", "Go")), List.of(wants("postgresql", "PostgreSQL"))));
        var withoutPreferred = score(candidate(javaPostgresDocker()),
                job(List.of(wants("java", "Java"), wants("postgresql", "PostgreSQL")), List.of(wants("go", "Go"))));
        assertTrue(withoutPreferred.subScores().skills() > withoutRequired.subScores().skills());
    }

    @Test
    void theSameShareOfSkillsCountsForMoreWhenMoreSkillsAreAskedAndShown() {
        // A posting read for one skill that the resume shows was a whole skills match, as much as one whose three
        // skills the resume all shows: one skill vouches for less (through the API, few-skill postings' whole shares
        // ordered Good against No Fit worse than the lower bound does, bench/README.md "Runs of session 29").
        var one = score(candidate(javaPostgresDocker()), job(List.of(wants("java", "Java")), List.of()));
        var three = score(candidate(javaPostgresDocker()), job(List.of(wants("java", "Java"),
                wants("postgresql", "PostgreSQL"), wants("docker", "Docker")), List.of()));
        assertEquals(20.7, one.subScores().skills(), 0.05);
        assertEquals(43.8, three.subScores().skills(), 0.05);
        assertTrue(one.reasons().contains("Skills score 21 of 100: the resume shows 100% of the 1 skill the job asks for "
                + "(by importance); judged on 1 skill, the score is the share we can be 95% sure of"), one.reasons().toString());
        var noneOfThree = score(candidate(javaPostgresDocker()), job(List.of(wants("go", "Go"), wants("rust", "Rust"),
                wants("scala", "Scala")), List.of()));
        assertEquals(0.0, noneOfThree.subScores().skills(), 0.05, "none shown stays none, however many are asked");
    }

    @Test
    void counterfactualsAreFoundByRescoring() {
        MatchResult result = score(candidate(javaPostgresDocker()), backendJob());
        Improvement kubernetes = result.improvements().stream().filter(i -> "kubernetes".equals(i.skillId()))
                .findFirst().orElseThrow();
        var better = candidate(List.of(skill("java", "Java", "Built Java services at Acme"),
                skill("postgresql", "PostgreSQL", "Tuned PostgreSQL queries"), skill("docker", "Docker", null),
                skill("kubernetes", "Kubernetes", null)));
        double rescored = scorer.grade(new ScoringInput(better, backendJob(), null, null, null), WHITE).overallScore();
        assertEquals(rescored - result.overallScore(), kubernetes.points(), 0.11);
        assertTrue(kubernetes.action().startsWith("Evidence of Kubernetes would add "), kubernetes.action());
        assertTrue(result.improvements().getFirst().points() >= result.improvements().getLast().points());
    }

    @Test
    void aCounterfactualSaysOnePointNotOnePoints() {
        assertEquals("1 point", MatchScorer.points(1.0));
        assertEquals("2 points", MatchScorer.points(2.0));
        assertEquals("1.5 points", MatchScorer.points(1.5));
        assertEquals("0.8 points", MatchScorer.points(0.8));
    }

    @Test
    void aMissingDegreeAndMissingMonthsAreCounterfactualsToo() {
        var junior = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, 12, null, List.of())),
                List.of(new EducationEntry("School", null, EducationLevel.HIGH_SCHOOL, null, null, null)));
        MatchResult result = score(junior, backendJob());
        Improvement degree = result.improvements().stream().filter(i -> i.action().startsWith("A bachelor's degree would add"))
                .findFirst().orElseThrow();
        Improvement months = result.improvements().stream().filter(i -> i.action().startsWith("12 months more of relevant experience would add"))
                .findFirst().orElseThrow();
        var graduate = candidate(javaPostgresDocker(), junior.experience(),
                List.of(new EducationEntry("TU", null, EducationLevel.BACHELOR, null, null, null)));
        assertEquals(score(graduate, backendJob()).overallScore() - result.overallScore(), degree.points(), 0.11);
        var experienced = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, 24, null, List.of())), junior.education());
        assertEquals(score(experienced, backendJob()).overallScore() - result.overallScore(), months.points(), 0.11);
        assertTrue(score(candidate(javaPostgresDocker()), backendJob()).improvements().stream()
                .noneMatch(i -> i.action().contains("degree") || i.action().contains("of relevant experience")),
                "nothing to add when met");
    }

    @Test
    void rolesHeldAtTheSameTimeAreOneCareerNotTwo() {
        // A backend engineer who ran a bakery on the side for the same two years: 24 months of work, all of them
        // related, not "2 years in related roles, 2 years in other roles; 2 years in all".
        var twoJobs = candidate(javaPostgresDocker(), List.of(
                new ExperienceEntry("Backend Engineer", "Acme", null, null, java.time.LocalDate.of(2020, 1, 1),
                        java.time.LocalDate.of(2021, 12, 1), false, 24, null, List.of()),
                new ExperienceEntry("Pastry Chef", "Bakery", null, null, java.time.LocalDate.of(2020, 7, 1),
                        java.time.LocalDate.of(2022, 6, 1), false, 24, null, List.of())), List.of());
        List<String> reasons = score(twoJobs, backendJob()).reasons();
        // the bakery's last six months are the only ones not spent in the related role
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("2.5 years of experience counted toward this job (2 years "
                + "in related roles, 6 months in other roles counted at 75%; 2.5 years in all)")), reasons.toString());
    }

    @Test
    void monthsInOtherLinesOfWorkAreNotCalledRelevantExperienceThoughTheyCountInPart() {
        // The five-resume check: a truck driver's 31 years were "26.5 years of relevant experience" for an accountant's post.
        var switcher = candidate(javaPostgresDocker(), List.of(
                new ExperienceEntry("Backend Engineer", "Acme", null, null, null, null, false, 12, null, List.of()),
                new ExperienceEntry("Pastry Chef", "Bakery", null, null, null, null, false, 24, null, List.of())), List.of());
        List<String> reasons = score(switcher, backendJob()).reasons();
        assertTrue(reasons.contains("2.5 years of experience counted toward this job (12 months in related roles, 2 years "
                + "in other roles counted at 75%; 3 years in all) against 2-6 years asked; met"), reasons.toString());
        var chef = candidate(javaPostgresDocker(), List.of(
                new ExperienceEntry("Pastry Chef", "Bakery", null, null, null, null, false, 48, null, List.of())), List.of());
        List<String> chefReasons = score(chef, backendJob()).reasons();
        assertTrue(chefReasons.stream().anyMatch(r -> r.startsWith("3 years of experience counted toward this job (none in "
                + "related roles, 4 years in other roles counted at 75%; 4 years in all)")), chefReasons.toString());
        assertTrue(chefReasons.stream().noneMatch(r -> r.contains("relevant experience")), chefReasons.toString());
    }

    @Test
    void experienceAndEducationAreExplainedInYearsAndDegreesNotInStoredCodes() {
        var junior = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, 12, null, List.of())),
                List.of(new EducationEntry("School", null, EducationLevel.HIGH_SCHOOL, null, null, null)));
        List<String> reasons = score(junior, backendJob()).reasons();
        assertTrue(reasons.contains("12 months of relevant experience (12 months in all) against 2-6 years asked; 50% of "
                + "the minimum, scored 13 of 100 (a minimum is a screen: the score falls with the cube of the share met)"),
                reasons.toString());
        assertTrue(reasons.contains("Education: a high-school diploma against a bachelor's degree required, 3 levels short: "
                + "90 points off"), reasons.toString());
        List<String> met = score(candidate(javaPostgresDocker()), backendJob()).reasons();
        assertTrue(met.stream().anyMatch(r -> r.endsWith("against 2-6 years asked; met")), met.toString());
        assertTrue(met.stream().anyMatch(r -> r.startsWith("Education: ") && r.endsWith(" required, met")), met.toString());

        assertEquals("1 month", PlainWords.duration(1));
        assertEquals("23 months", PlainWords.duration(23));
        assertEquals("2 years", PlainWords.duration(24));
        assertEquals("6.5 years", PlainWords.duration(79));
        assertEquals("15 years", PlainWords.duration(178.6));
        assertEquals("at least 3 years", PlainWords.range(36, null));
        assertEquals("6 months to 2 years", PlainWords.range(6, 24));
        assertEquals("at most 18 months", PlainWords.range(null, 18));
    }

    @Test
    void anEmptySectionLowersConfidenceNotTheScore() {
        JobProfile job = backendJob();
        var full = score(candidate(javaPostgresDocker()), job);
        var noEducation = score(candidate(javaPostgresDocker(), candidate(javaPostgresDocker()).experience(),
                List.of()), job);
        assertNull(noEducation.subScores().qualification());
        assertTrue(noEducation.confidence() < full.confidence());
        var failedEducation = score(candidate(javaPostgresDocker(), candidate(javaPostgresDocker()).experience(),
                List.of(new EducationEntry("School", null, EducationLevel.NONE, null, null, null))), job);
        assertTrue(noEducation.overallScore() > failedEducation.overallScore(),
                "no education section must not count as failing the education requirement");
        var noSkills = score(candidate(List.of()), job);
        assertNull(noSkills.subScores().skills());
        assertTrue(noSkills.missingRequiredSkills().size() == 3 && noSkills.confidence() < full.confidence());
    }

    @Test
    void anUnknownCriterionCountsAtANeutralPriorNeverAboveAKnownMatch() {
        JobProfile stated = backendJob();
        JobProfile unstated = new JobProfile(JOB, stated.externalId(), stated.title(), stated.company(),
                stated.description(), stated.requiredSkills(), stated.preferredSkills(), null, null, null, List.of(),
                stated.location(), stated.workArrangement(), stated.employmentTypes(), stated.salary(),
                stated.industries(), stated.collarType(), stated.visaSponsorship(), false);
        var met = score(candidate(javaPostgresDocker()), stated);
        var notStated = score(candidate(javaPostgresDocker()), unstated);
        assertEquals(100.0, met.subScores().experience(), 0.01);
        assertEquals(100.0, met.subScores().qualification(), 0.01);
        assertEquals(75.0, notStated.subScores().experience(), 0.01,
                "judged against what such a title usually asks: met, and counted halfway toward neutral");
        assertTrue(notStated.reasons().stream().anyMatch(r -> r.contains("the job states no experience range")),
                notStated.reasons().toString());
        assertTrue(notStated.reasons().stream().anyMatch(r -> r.contains("the job states no level")),
                notStated.reasons().toString());
        assertTrue(notStated.overallScore() <= met.overallScore(), "an unstated requirement is never above a met one");
        assertTrue(notStated.confidence() < met.confidence(), "a usual requirement is less sure than a stated one");

        var novice = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, 6, null, List.of())), candidate(javaPostgresDocker()).education());
        assertTrue(score(novice, stated).subScores().experience() < MatchScorer.UNKNOWN_PRIOR,
                "a shown shortfall counts below not knowing");
    }

    @Test
    void aJobThatAsksForNoFormalEducationIsMetByEveryone() {
        // "Education: no formal education required" is a stated requirement, not a missing one: read as unknown it
        // sat at the neutral prior, so an entry-level job that says so ranked under any job whose degree the resume
        // holds (a sales associate saw store-manager posts first, bench/occupation-ranking.sh).
        JobProfile none = withEducation(backendJob(), EducationLevel.NONE);
        var schooled = candidate(javaPostgresDocker(), candidate(javaPostgresDocker()).experience(),
                List.of(new EducationEntry("School", null, EducationLevel.HIGH_SCHOOL, null, null, null)));
        MatchResult result = score(schooled, none);
        assertEquals(100.0, result.subScores().qualification(), 0.01);
        assertTrue(result.reasons().contains("Education: the job asks for no formal education, met"),
                result.reasons().toString());
        var noEducationSection = candidate(javaPostgresDocker(), candidate(javaPostgresDocker()).experience(), List.of());
        assertEquals(100.0, score(noEducationSection, none).subScores().qualification(), 0.01,
                "no education is needed, so a resume without an education section meets it too");
        assertTrue(result.overallScore() > score(schooled, withEducation(backendJob(), null)).overallScore(),
                "a requirement stated and met counts above one not stated");
    }

    private static JobProfile withEducation(JobProfile job, EducationLevel level) {
        return new JobProfile(job.jobId(), job.externalId(), job.title(), job.company(), job.description(),
                job.requiredSkills(), job.preferredSkills(), job.experience(), job.experienceLevel(), level,
                job.requiredCertifications(), job.location(), job.workArrangement(), job.employmentTypes(),
                job.salary(), job.industries(), job.collarType(), job.visaSponsorship(), job.minimumExperienceIsHard());
    }

    @Test
    void occupationFitComesFromTheTitlesOnBothSidesThroughTheIscoHierarchy() {
        var driver = new CandidateProfile(USER, RESUME, 1, "Sam", null, "Reliable driver", List.of(),
                List.of(new ExperienceEntry("Class A CDL Driver", "Haulers Inc", null, null, null, null, true, 240,
                        "Long-haul routes", List.of())), 240, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, "Class A CDL Driver, 20 years", true);
        JobProfile driving = new JobProfile(JOB, "x", "Regional Truck Driver", "Haul", "", List.of(), List.of(),
                new ExperienceRange(24, null), null, null, List.of(), null, null, List.of(), null, List.of(), null, null,
                false);
        JobProfile accounting = new JobProfile(JOB, "y", "Junior Accountant", "Ledger", "", List.of(), List.of(),
                null, null, null, List.of(), null, null, List.of(), null, List.of(), null, null, false);
        MatchResult toDriving = score(driver, driving);
        MatchResult toAccounting = score(driver, accounting);
        assertTrue(toDriving.subScores().category() >= 50, toDriving.reasons().toString());
        // "driver" is a group (83): on average its kinds' descriptions are as far from an accountant's as unrelated work.
        assertTrue(toAccounting.subScores().category() < 5, toAccounting.reasons().toString());
        assertTrue(toAccounting.reasons().stream().anyMatch(r -> r.endsWith("another field")), toAccounting.reasons().toString());
        assertEquals(50.0, toDriving.subScores().experience(), 0.01, "20 years for a 2+ years job: half, not zero");
        assertTrue(toDriving.overallScore() > toAccounting.overallScore(), "the driver sees driving jobs first");
        assertTrue(toDriving.reasons().stream().anyMatch(r -> r.startsWith("Occupation: ")), toDriving.reasons().toString());
    }

    @Test
    void occupationsAreAsCloseAsTheirWorkIsNotOnlyAsTheIscoHierarchyFilesThem() {
        // ISCO files managers apart from their professionals (an accountant and an accounting manager: "another
        // field") and puts a data analyst as near a web developer as a software developer; their ESCO descriptions
        // say what the work is.
        JobProfile accountingManager = titled("Accounting Manager");
        MatchResult toManaging = score(holding("Accountant"), accountingManager);
        assertTrue(toManaging.subScores().category() >= 50, toManaging.reasons().toString());
        assertTrue(toManaging.reasons().stream().anyMatch(r -> r.startsWith("Occupation: the job is work as accounting "
                + "manager (ISCO 1211); the resume shows work as accountant (ISCO 2411), a neighbouring occupation")),
                toManaging.reasons().toString());
        CandidateProfile webDeveloper = holding("Web Developer");
        double toSoftware = score(webDeveloper, titled("Software Developer")).subScores().category();
        double toDataAnalysis = score(webDeveloper, titled("Data Analyst")).subScores().category();
        assertTrue(toSoftware > toDataAnalysis + 20, toSoftware + " vs " + toDataAnalysis);
        // the same occupation under two of its labels is the same occupation
        assertEquals(100.0, score(holding("Software Engineer"), titled("Software Developer")).subScores().category(), 0.01);
    }

    private static CandidateProfile holding(String title) {
        return new CandidateProfile(USER, RESUME, 1, "Kim", null, null, List.of(), List.of(new ExperienceEntry(title,
                "Acme", null, null, null, null, true, 60, null, List.of())), 60, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, title, true);
    }

    private static JobProfile titled(String title) {
        return new JobProfile(JOB, "x", title, "Work", "", List.of(), List.of(), null, null, null, List.of(), null,
                null, List.of(), null, List.of(), null, null, false);
    }

    @Test
    void anEarlierRolesOccupationCountsAtHalfTheLatestOnesFully() {
        // A registered nurse who was an army medic before: nursing posts are hers, a medic's are behind her.
        var nurse = new CandidateProfile(USER, RESUME, 1, "Ana", null, null, List.of(), List.of(
                new ExperienceEntry("Registered Nurse", "City Hospital", null, null, java.time.LocalDate.of(2016, 6, 1),
                        null, true, 30, "Emergency care", List.of()),
                new ExperienceEntry("Paramedic", "US Army", null, null, java.time.LocalDate.of(2008, 8, 1),
                        java.time.LocalDate.of(2013, 5, 1), false, 57, "Field care", List.of())),
                87, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "Nurse and former medic", true);
        JobProfile nursing = new JobProfile(JOB, "x", "Registered Nurse", "Ward", "", List.of(), List.of(), null, null,
                null, List.of(), null, null, List.of(), null, List.of(), null, null, false);
        JobProfile medic = new JobProfile(JOB, "y", "Paramedic", "Ambulance", "", List.of(), List.of(), null, null,
                null, List.of(), null, null, List.of(), null, List.of(), null, null, false);
        MatchResult toNursing = score(nurse, nursing);
        MatchResult toMedic = score(nurse, medic);
        assertEquals(100.0, toNursing.subScores().category(), 0.01, toNursing.reasons().toString());
        assertEquals(50.0, toMedic.subScores().category(), 0.01, toMedic.reasons().toString());
        assertTrue(toMedic.reasons().stream().anyMatch(r -> r.contains("the resume shows an earlier role as paramedic (ISCO 3258, "
                + "counted at half), the same occupation")), toMedic.reasons().toString());
        // undated roles say nothing about which came last: each counts fully
        var undated = new CandidateProfile(USER, RESUME, 1, "Ana", null, null, List.of(), List.of(
                new ExperienceEntry("Registered Nurse", "City Hospital", null, null, null, null, false, 30, null, List.of()),
                new ExperienceEntry("Paramedic", "US Army", null, null, null, null, false, 57, null, List.of())),
                87, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, true);
        assertEquals(100.0, score(undated, medic).subScores().category(), 0.01);
    }

    @Test
    void aResumeThatOpensWithItsTitleHasThatOccupationWhateverItsRoleTitlesName() {
        // A PDF whose layout left every role without a title: its opening line still says what the person does.
        var nurse = new CandidateProfile(USER, RESUME, 1, null, null, null, List.of(), List.of(
                new ExperienceEntry(null, null, null, null, null, null, false, 30, "Emergency care", List.of())),
                30, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                "REGISTERED NURSE\nProfessional Summary\nTo provide safe care to patients.", true);
        JobProfile nursing = new JobProfile(JOB, "x", "ICU Nurse", "Ward", "", List.of(), List.of(), null, null,
                null, List.of(), null, null, List.of(), null, List.of(), null, null, false);
        MatchResult toNursing = score(nurse, nursing);
        assertEquals(100.0, toNursing.subScores().category(), 0.01, toNursing.reasons().toString());
        // nor when the one role read has a title that names no occupation we know: the headline is that role's title
        var titled = new CandidateProfile(USER, RESUME, 1, null, "Medical Technician/ Healthcare Specialist", null,
                List.of(), List.of(new ExperienceEntry("Medical Technician/ Healthcare Specialist", "US Army", null, null,
                        null, null, false, 30, "Tracked appointments", List.of())),
                30, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                "REGISTERED NURSE\nProfessional Summary\nTo provide safe care to patients.", true);
        MatchResult titledToNursing = score(titled, nursing);
        assertEquals(100.0, titledToNursing.subScores().category(), 0.01, titledToNursing.reasons().toString());
        // the writer's name on the opening line is no title ("smith" is an occupation), nor is a long first line
        var named = new CandidateProfile(USER, RESUME, 1, "Jane Smith", null, null, List.of(), List.of(), 30, List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, "Jane Smith\nRegistered nurse since 2016", true);
        assertNull(score(named, nursing).subScores().category());
        assertNull(CategoryCriterion.openingTitle("Summary Highly motivated nurse with extensive experience in wards and clinics"));
    }

    @Test
    void aPostingThatStatesAlmostNothingNeverOutranksAWellDescribedGoodFit() {
        // A job titled "b" at company "c": no skills, experience, education, place or industry.
        JobProfile empty = new JobProfile(JOB, "x", "b", "c", "", List.of(), List.of(), null, null, null, List.of(),
                null, null, List.of(), null, List.of(), null, null, false);
        for (double cosine : new double[] {0.0, 0.3, 0.6}) {
            var nothing = scorer.score(new ScoringInput(candidate(javaPostgresDocker()), empty, null, cosine, null), WHITE);
            var goodFit = scorer.score(new ScoringInput(candidate(javaPostgresDocker()), backendJob(), null, cosine, null),
                    WHITE);
            assertTrue(nothing.overallScore() < goodFit.overallScore(), "at cosine " + cosine);
            assertTrue(nothing.confidence() < 0.2, "almost nothing of the score rests on known data");
        }
    }

    @Test
    void knockOutsAreReportedApartFromTheGradedFit() {
        JobProfile strict = new JobProfile(JOB, "x", "Truck Driver", "Haul", "", List.of(), List.of(),
                new ExperienceRange(60, null), null, null, List.of("CDL Class A licence"), BERLIN, null, List.of(),
                null, List.of(), com.jobmatch.contract.model.CollarType.BLUE, false, true);
        var candidate = candidate(List.of(), List.of(new ExperienceEntry("Driver", "Haul", null, null, null, null,
                false, 24, null, List.of())), List.<EducationEntry>of());
        MatchResult result = scorer.score(new ScoringInput(candidate, strict, preferences(true), null, null), WHITE);
        assertEquals(List.of("LICENCE", "MINIMUM_EXPERIENCE", "VISA"),
                result.knockOuts().stream().map(KnockOut::type).sorted().toList());
        assertTrue(result.overallScore() > 0, "the graded fit is still reported");
    }

    @Test
    void experienceBelowTheRangeScoresByTheCubeOfTheShareMet() {
        var junior = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, 12, null, List.of())), candidate(List.of()).education());
        assertEquals(12.5, score(junior, backendJob()).subScores().experience(), 0.01, "half the minimum: an eighth");
        var unrelated = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Chef", "Bistro", null, null,
                null, null, false, 24, null, List.of())), candidate(List.of()).education());
        assertEquals(42.19, score(unrelated, backendJob()).subScores().experience(), 0.05,
                "unrelated roles count three quarters: 18 of 24 months");
    }

    @Test
    void experienceBeyondTheJobsLevelIsAMildPenaltyNeverZero() {
        JobProfile fivePlusYears = withExperience(backendJob(), new ExperienceRange(60, null));
        assertEquals(100.0, experienceFor(120, fivePlusYears), 0.01, "a 5+ years role's level spans 5 to 10 years");
        assertEquals(100.0, experienceFor(150, fivePlusYears), 0.01, "and reaches a quarter past its top");
        assertEquals(83.3, experienceFor(180, fivePlusYears), 0.01, "then falls to the floor at twice the top");
        assertEquals(50.0, experienceFor(240, fivePlusYears), 0.01);
        assertEquals(50.0, experienceFor(480, fivePlusYears), 0.01, "never below the floor");
        // 20 years of driving against "2+ years": the level spans 2-5 years; still half marks, not zero.
        assertEquals(50.0, experienceFor(240, withExperience(backendJob(), new ExperienceRange(24, null))), 0.01);
        assertEquals(100.0, experienceFor(48, withExperience(backendJob(), new ExperienceRange(12, null))), 0.01,
                "the next level starts at least three years after a minimum");
        assertEquals(100.0, experienceFor(60, withExperience(backendJob(), new ExperienceRange(12, null))), 0.01);
        assertEquals(83.3, experienceFor(72, withExperience(backendJob(), new ExperienceRange(12, null))), 0.01);
        assertEquals(100.0, experienceFor(84, backendJob()), 0.01, "a year past the 6-year top of 2-6 years is this level");
        assertEquals(83.3, experienceFor(108, backendJob()), 0.01, "a stated range of 24-72 months ends at 72");
        var veteran = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, 180, null, List.of())), candidate(List.of()).education());
        assertTrue(score(veteran, fivePlusYears).reasons().stream()
                .anyMatch(r -> r.endsWith("the career goes more than a quarter beyond the 10 years this level spans, "
                        + "a mild mismatch: scored 83 of 100, never below 50")), score(veteran, fivePlusYears).reasons().toString());
        assertTrue(score(veteran, fivePlusYears).improvements().stream().noneMatch(i -> i.action().contains("of relevant experience")),
                "more months never help an overqualified candidate");
    }

    @Test
    void aCareerIsNoLessBeyondALevelInAnotherLineOfWork() {
        // 180 months as a chef against "5+ years" (60-120): the chef's roles count three quarters toward a backend
        // job's minimum (135), but the career is as far beyond the level as a backend engineer's 180 months: before,
        // the unrelated career scored 93.8 and the related one 75.
        JobProfile fivePlusYears = withExperience(backendJob(), new ExperienceRange(60, null));
        var chef = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Chef", "Bistro", null, null, null,
                null, false, 180, null, List.of())), candidate(List.of()).education());
        var engineer = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, 180, null, List.of())), candidate(List.of()).education());
        double unrelated = score(chef, fivePlusYears).subScores().experience();
        assertEquals(83.3, unrelated, 0.01);
        assertTrue(unrelated <= score(engineer, fivePlusYears).subScores().experience());
    }

    @Test
    void aCareerLongerThanTheDatedRolesCountsAsTheRolesDo() {
        // The resume states 55 months ("Total work experience of 4.6 years"); its one dated role, an unrelated
        // internship, shows 3. Before, the criterion saw 2 relevant months against the 24 asked.
        var intern = new ExperienceEntry("Business Data Analyst Intern", "Internet Brands", null, null, null, null,
                false, 3, null, List.of());
        var stated = withCareer(candidate(javaPostgresDocker(), List.of(intern), candidate(List.of()).education()), 55);
        assertEquals(100.0, score(stated, backendJob()).subScores().experience(), 0.01,
                "the 52 undated months count three quarters, as the unrelated role does: 41 of 24-72 asked");
        // no role dated at all: the stated career is the only measure, as when only a total is known
        var undated = new ExperienceEntry("Backend Engineer", "Acme", null, null, null, null, false, null, null, List.of());
        var onlyStated = withCareer(candidate(javaPostgresDocker(), List.of(undated), candidate(List.of()).education()), 12);
        assertEquals(12.5, score(onlyStated, backendJob()).subScores().experience(), 0.01, "12 of 24 months: an eighth");
    }

    @Test
    void skillsAPostingListsThatNoTaxonomySkillReadsKeepTheSkillsMatchNearNeutral() {
        // The five-resume teacher: a wind technician post whose one read requirement ("troubleshoot") the teacher had
        // was "1 of 1 required skills", 100, above teaching posts; its other listed skills were read by no skill.
        JobProfile oneRead = job(List.of(wants("java", "Java")), List.of());
        JobProfile fourUnread = withUnread(oneRead, List.of("Climbing", "Hydraulics", "Rope Access", "Composite Repair"));
        MatchResult allRead = score(candidate(javaPostgresDocker()), oneRead);
        MatchResult partlyRead = score(candidate(javaPostgresDocker()), fourUnread);
        // 1 of 1: 20.7 at the lower end of its 95 % interval; one of five listed skills read: the share a fifth of the
        // way from 50 (60 %), which one skill asked vouches for down to 7.7
        assertEquals(20.7, allRead.subScores().skills(), 0.05);
        assertEquals(7.7, partlyRead.subScores().skills(), 0.05);
        assertTrue(partlyRead.reasons().contains("Skills score 8 of 100: the resume shows 100% of the 1 skill the job asks "
                + "for (by importance; 60% when the listed skills we cannot read count as half met); judged on 1 skill, the "
                + "score is the share we can be 95% sure of"), partlyRead.reasons().toString());
        assertTrue(partlyRead.confidence() < allRead.confidence());
        assertTrue(partlyRead.reasons().stream().anyMatch(r -> r.contains("Climbing, Hydraulics, Rope Access, Composite Repair")
                && r.contains("they count as half met, so the skills score moves only 20% of the way from the middle")), partlyRead.reasons().toString());
        assertTrue(partlyRead.overallScore() < allRead.overallScore());
        List<String> many = List.of("Climbing", "Hydraulics", "Rope Access", "Composite Repair", "Blade Inspection",
                "Torque Tools", "Lockout");
        assertTrue(score(candidate(javaPostgresDocker()), withUnread(oneRead, many)).reasons().stream().anyMatch(r ->
                r.contains("Composite Repair, Blade Inspection and 2 more,")), "a long list is cut short in the reason");
    }

    private static JobProfile withUnread(JobProfile job, List<String> unread) {
        return new JobProfile(job.jobId(), job.externalId(), job.title(), job.company(), job.description(),
                job.requiredSkills(), job.preferredSkills(), job.experience(), job.experienceLevel(), job.minimumEducation(),
                job.requiredCertifications(), job.location(), job.workArrangement(), job.employmentTypes(), job.salary(),
                job.industries(), job.collarType(), job.visaSponsorship(), job.minimumExperienceIsHard(), unread);
    }

    private static CandidateProfile withCareer(CandidateProfile base, int months) {
        return new CandidateProfile(base.userId(), base.resumeId(), base.resumeVersion(), base.name(), base.headline(),
                base.summary(), base.skills(), base.experience(), months, base.education(), base.certifications(),
                base.languages(), base.locations(), base.industries(), base.collarType(), base.preferences(),
                base.text(), base.enriched());
    }

    private double experienceFor(int months, JobProfile job) {
        var candidate = candidate(javaPostgresDocker(), List.of(new ExperienceEntry("Backend Engineer", "Acme", null,
                null, null, null, false, months, null, List.of())), candidate(List.of()).education());
        return score(candidate, job).subScores().experience();
    }

    private static JobProfile withExperience(JobProfile job, ExperienceRange range) {
        return new JobProfile(job.jobId(), job.externalId(), job.title(), job.company(), job.description(),
                job.requiredSkills(), job.preferredSkills(), range, job.experienceLevel(), job.minimumEducation(),
                job.requiredCertifications(), job.location(), job.workArrangement(), job.employmentTypes(),
                job.salary(), job.industries(), job.collarType(), job.visaSponsorship(), job.minimumExperienceIsHard());
    }

    @Test
    void categoryCompatibilityIsDirected() {
        var financePerson = new CandidateProfile(USER, RESUME, 1, null, null, null, javaPostgresDocker(), List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of("finance"), null, null, null, true);
        JobProfile softwareJob = backendJob();
        assertEquals(40.0, score(financePerson, softwareJob).subScores().category(), 0.01);
        var softwarePerson = new CandidateProfile(USER, RESUME, 1, null, null, null, javaPostgresDocker(), List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of("software"), null, null, null, true);
        JobProfile financeJob = new JobProfile(JOB, "f", "Analyst", "Bank", "", List.of(), List.of(), null, null, null,
                List.of(), null, null, List.of(), null, List.of("finance"), null, null, false);
        assertEquals(0.0, score(softwarePerson, financeJob).subScores().category(), 0.01);
    }

    @Test
    void semanticSimilarityIsBlendedAndPersonalizationFollowsSignals() {
        var plain = scorer.grade(new ScoringInput(candidate(javaPostgresDocker()), backendJob(), null, null, null), WHITE);
        var semantic = scorer.grade(new ScoringInput(candidate(javaPostgresDocker()), backendJob(), null, 0.85, null), WHITE);
        assertFalse(plain.semanticAvailable());
        assertEquals(100.0, semantic.subScores().semantic(), 0.01);
        var unrelated = scorer.grade(new ScoringInput(candidate(javaPostgresDocker()), backendJob(), null, 0.175, null), WHITE);
        assertEquals(25.0, unrelated.subScores().semantic(), 0.01, "0.175 with the learnt metric maps a quarter up the scale");
        assertTrue(semantic.overallScore() > plain.overallScore());

        var liked = PersonalizationSignals.from(List.of(new PersonalizationSignals.JobSignal(backendJob(), 2)));
        var disliked = PersonalizationSignals.from(List.of(new PersonalizationSignals.JobSignal(backendJob(), -2)));
        double up = scorer.grade(new ScoringInput(candidate(javaPostgresDocker()), backendJob(), null, null, liked), WHITE)
                .subScores().personalization();
        double down = scorer.grade(new ScoringInput(candidate(javaPostgresDocker()), backendJob(), null, null, disliked), WHITE)
                .subScores().personalization();
        assertTrue(up > 50 && down < 50, up + " / " + down);
        assertNull(plain.subScores().personalization());
    }

    @Test
    void preferenceFitIsTheSecondDirection() {
        var result = scorer.grade(new ScoringInput(candidate(javaPostgresDocker()), backendJob(), preferences(false),
                null, null), WHITE);
        assertNotNull(result.preferenceFit());
        assertEquals(100.0, result.preferenceFit(), 0.01, "desired title equals the job title");
        assertNull(score(candidate(javaPostgresDocker()), backendJob()).preferenceFit());
    }
}
