package com.jobmatch.resume.profiles;

import com.jobmatch.resume.resumes.Resume;
import com.jobmatch.resume.resumes.ResumeData;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatedCareerTest {

    @Test
    void aCareerStatedInWordsIsRead() {
        assertEquals(Optional.of(144), StatedCareer.months("Accountant with over 12 years of experience in audit."));
        assertEquals(Optional.of(120), StatedCareer.months("10+ years' professional experience; 3 years of SQL."));
        assertEquals(Optional.of(55), StatedCareer.months("USATotal Work experience of 4.6 years in Information System"));
        assertEquals(Optional.of(96), StatedCareer.months("Total work experience: 8 yrs"));
    }

    @Test
    void yearsThatAreNoCareerAreNot() {
        assertEquals(Optional.empty(), StatedCareer.months("Managed a team of 12. Taught for years."));
        assertEquals(Optional.empty(), StatedCareer.months("Worked at a firm founded 120 years ago"));
        assertEquals(Optional.empty(), StatedCareer.months("Gained experience in 5 departments"));
        assertEquals(Optional.empty(), StatedCareer.months(null));
    }

    @Test
    void theProfileTakesTheStatedCareerWhenItIsLongerThanTheDatedRoles() {
        // fit-pairs resumes: the older roles' dates were lost ("01/1-01/1"), the summary says how long the career is
        Resume resume = new Resume();
        resume.resumeData = new ResumeData(null, null, null, null, null, null, null, 3, null);
        resume.extractedText = "Business Data Analyst Intern, 01/1-01/1. Total Work experience of 4.6 years in IT.";
        assertEquals(55, CandidateProfiles.careerMonths(resume, resume.text()));
        // dated roles that add up to more than the claim keep their months
        resume.resumeData = new ResumeData(null, null, null, null, null, null, null, 90, null);
        assertEquals(90, CandidateProfiles.careerMonths(resume, resume.text()));
        resume.extractedText = "Analyst since 2018.";
        resume.resumeData = new ResumeData(null, null, null, null, null, null, null, null, null);
        assertEquals(null, CandidateProfiles.careerMonths(resume, resume.text()));
    }
}
