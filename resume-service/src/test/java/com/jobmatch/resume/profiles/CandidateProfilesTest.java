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
        List<Skill> skills = CandidateProfiles.skills(resume, resume.text());
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
        List<Skill> skills = CandidateProfiles.skills(resume, resume.text());
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
        assertEquals(first, CandidateProfiles.skills(resume, resume.text()).getFirst().evidence().getFirst().start());
    }

    @Test
    void aSkillListedOnlyAmongInterestsIsNoSkill() {
        Resume resume = new Resume();
        resume.enriched = true;
        // bench/evidence-audit-session16k.jsonl: a label glued into a line of the skills, and a section of its own
        resume.extractedText = "Operating System: UNIX, Linux, TOMCATRecent Interests:Python, Docker & Kubernetes.\n"
                + "Work History\nSoftware Engineer, 2020-Current. Built services in Java and Python.\n"
                + "Interests\nMachine learning, hiking\n";
        String text = resume.extractedText;
        resume.extractedSkills = List.of(
                mention(text, "Linux", 0), mention(text, "Python", 0), mention(text, "Docker", 0),
                mention(text, "Kubernetes", 0), mention(text, "Java", 0), mention(text, "Python", 1),
                mention(text, "Machine learning", 0));
        List<Skill> skills = CandidateProfiles.skills(resume, resume.text());
        assertEquals(List.of("Linux", "Java", "Python"), skills.stream().map(Skill::name).toList());
        // Python stays, cited where the writer used it, not where they are interested in it
        assertEquals(text.indexOf("Python", text.indexOf("Python") + 1),
                skills.get(2).evidence().getFirst().start());
    }

    private static ExtractedSkill mention(String text, String name, int occurrence) {
        int at = text.indexOf(name);
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(name, at + 1);
        }
        return new ExtractedSkill("sk-" + name.toLowerCase(), name, "technology", null, name, at, at + name.length(), 0.95,
                "DICTIONARY", SkillLink.NAMED);
    }
}
