package com.jobmatch.resume.profiles;

import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillLink;
import com.jobmatch.resume.resumes.Resume;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CandidateProfilesTest {

    @Test
    void wordsThatNameASkillAreItsEvidenceBeforeSurerWordsThatOnlyComeNearIt() {
        Resume resume = new Resume();
        resume.enriched = true;
        // The embedding link is surer (0.93) than the dictionary's name (0.9), but only the name states the skill.
        resume.extractedSkills = List.of(
                new ExtractedSkill("sk-ict-integration", "ICT system integration", "knowledge", null,
                        "integrating ICT systems", 0, 23, 0.93, "EMBEDDING", SkillLink.RELATED),
                new ExtractedSkill("sk-ict-integration", "ICT system integration", "knowledge", null,
                        "ICT system integration", 40, 62, 0.9, "DICTIONARY", SkillLink.NAMED),
                new ExtractedSkill("sk-oracle-rdb", "Oracle Relational Database", "technology", null,
                        "relational databases", 70, 90, 0.85, "DICTIONARY", SkillLink.RELATED),
                new ExtractedSkill("sk-sql", "SQL", "technology", null, "SQL", 95, 98, 0.95, "DICTIONARY", null));
        List<Skill> skills = CandidateProfiles.skills(resume);
        assertEquals(List.of("ICT system integration", "relational databases", "SQL"),
                skills.stream().map(skill -> skill.evidence().getFirst().text()).toList());
        assertEquals(List.of(true, false, true), skills.stream().map(Skill::named).toList());
    }

    @Test
    void aSkillsListEntryIsCitedBeforeAPassingMentionInASentence() {
        Resume resume = new Resume();
        resume.enriched = true;
        resume.extractedText = "Tested a Java based utility for the billing team. Wrote a database of our clients.\n"
                + "Skills: Java, Linux, Mac OS\nStrong database skills";
        int passing = resume.extractedText.indexOf("Java");
        int listed = resume.extractedText.indexOf("Java", passing + 1);
        int sentence = resume.extractedText.indexOf("database");
        int item = resume.extractedText.indexOf("database", sentence + 1);
        resume.extractedSkills = List.of(
                new ExtractedSkill("sk-java", "Java", "technology", null, "Java", passing, passing + 4, 0.95, "DICTIONARY", SkillLink.NAMED),
                new ExtractedSkill("sk-database", "database", "knowledge", null, "database", sentence, sentence + 8, 0.9, "DICTIONARY", SkillLink.NAMED),
                new ExtractedSkill("sk-java", "Java", "technology", null, "Java", listed, listed + 4, 0.95, "DICTIONARY", SkillLink.NAMED),
                new ExtractedSkill("sk-database", "database", "knowledge", null, "database", item, item + 8, 0.9, "DICTIONARY", SkillLink.NAMED));
        List<Skill> skills = CandidateProfiles.skills(resume);
        assertEquals(List.of(listed, item), skills.stream().map(skill -> skill.evidence().getFirst().start()).toList());
    }

    @Test
    void ofTwoMentionsInSentencesTheFirstIsCited() {
        Resume resume = new Resume();
        resume.enriched = true;
        resume.extractedText = "Tested a Java based utility for billing. Later ported the Java code to Kotlin for the team.";
        int first = resume.extractedText.indexOf("Java");
        int second = resume.extractedText.indexOf("Java", first + 1);
        resume.extractedSkills = List.of(
                new ExtractedSkill("sk-java", "Java", "technology", null, "Java", first, first + 4, 0.95, "DICTIONARY", SkillLink.NAMED),
                new ExtractedSkill("sk-java", "Java", "technology", null, "Java", second, second + 4, 0.95, "DICTIONARY", SkillLink.NAMED));
        assertEquals(first, CandidateProfiles.skills(resume).getFirst().evidence().getFirst().start());
    }
}
