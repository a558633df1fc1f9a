package com.jobmatch.resume.parsing;

import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Role layouts of job-board exports (Indeed's resumes among them: a title line, then "Employer - Place -", then the
 * dates, each on its own line) and roles told in sentences. Written for these tests; no real resume is copied.
 */
class JobBoardRoleLayoutTest {

    private static List<WorkExperience> roles(String... lines) {
        return ResumeTextParser.parse("Asha Rao\n\nWORK EXPERIENCE\n\n" + String.join("\n\n", Arrays.asList(lines))
                + "\n\nEDUCATION\n\nB.E in Mechanical Engineering\n\nGlobal Institute of Technology\n\n2012").workExperience();
    }

    @Test
    void theLineWithTheDanglingDashIsTheEmployerWhateverItsWords() {
        // "Software" looks like an employer word and "Bangalore Urban" like a company before a place: the layout decides.
        List<WorkExperience> roles = roles("Software", "Globex -  Bangalore Urban, Karnataka -", "June 2016 to Present",
                "Built reports.", "Software Engineer 2", "Initech -", "January 2014 to May 2016");
        assertEquals(List.of("Software", "Globex", "Bangalore Urban, Karnataka"),
                Arrays.asList(roles.get(0).position(), roles.get(0).company(), roles.get(0).location()));
        assertEquals(List.of("Software Engineer 2", "Initech"), Arrays.asList(roles.get(1).position(), roles.get(1).company()));
        // An employer line that holds only a place: the employer was left out, nothing else is taken for it.
        WorkExperience placeOnly = roles("Preschool Teacher", "Pune, Maharashtra -", "2015 to 2018").getFirst();
        assertEquals(Arrays.asList("Preschool Teacher", null, "Pune, Maharashtra"),
                Arrays.asList(placeOnly.position(), placeOnly.company(), placeOnly.location()));
    }

    @Test
    void aTitleLineThatNamesTheEmployerBeatsTheClientOnTheEmployerLine() {
        WorkExperience role = roles("Test Automation Engineer, Initech", "Big Client Bank -  Chennai, Tamil Nadu -",
                "March 2015 to May 2017").getFirst();
        assertEquals(List.of("Test Automation Engineer", "Initech"), Arrays.asList(role.position(), role.company()));
    }

    @Test
    void aSpecialityAfterTheTitleIsNoEmployerWhenTheEmployerLineNamesOne() {
        List<WorkExperience> roles = roles("Senior Web Developer - Microsoft Technology", "Globex -  Kolkata, West Bengal -",
                "January 2008 to July 2008", "Sales Engineer - Initech Solutions", "-", "January 2005 to May 2007");
        assertEquals(List.of("Globex", "Initech Solutions"), roles.stream().map(WorkExperience::company).toList());
    }

    @Test
    void aStackLabelInsideARoleDoesNotEndTheExperienceSection() {
        List<WorkExperience> roles = roles("Software Engineer", "Globex -  Pune, Maharashtra -", "April 2012 to Present",
                "Technologies: SQL Server, Tableau", "Software Engineer", "Initech Inc -", "August 2011 to March 2012",
                "SKILLS", "Java, SQL");
        assertEquals(List.of("Globex", "Initech Inc"), roles.stream().map(WorkExperience::company).toList());
    }

    @Test
    void aLinkAloneOnItsLineBetweenTitleAndEmployerIsSkipped() {
        WorkExperience role = roles("Support Lead", "https://www.example.org/r/asha-rao/123?isid=x",
                "Initech -  Pune, Maharashtra -", "June 2016 to Present").getFirst();
        assertEquals(List.of("Support Lead", "Initech"), Arrays.asList(role.position(), role.company()));
    }

    @Test
    void datesInsideASentenceGiveOnlyTheEmployerTheSentenceNames() {
        List<WorkExperience> roles = roles("Worked as Data Analyst for Initech Limited from March 2012 to June 2014.",
                "Based in Chennai, since May 2014 to till date.");
        assertEquals(List.of("Data Analyst", "Initech Limited"), Arrays.asList(roles.get(0).position(), roles.get(0).company()));
        assertNull(roles.get(1).company());
        assertEquals("2014-05", roles.get(1).startDate());
        WorkExperience bullet = roles("• Worked with Globex, Hyderabad as Software Engineer from January 2015 to Aug 2017.").getFirst();
        assertEquals(List.of("Software Engineer", "Globex"), Arrays.asList(bullet.position(), bullet.company()));
    }

    @Test
    void aRoleWithoutDatesAtTheTopOfTheSectionKeepsItsEmployer() {
        List<WorkExperience> roles = roles("IT Support Analyst", "Globex", "Helping users with their laptops.",
                "Desk Engineer", "Initech -", "January 2014 to December 2015");
        assertEquals(2, roles.size());
        assertEquals(List.of("IT Support Analyst", "Globex"), Arrays.asList(roles.get(0).position(), roles.get(0).company()));
        assertNull(roles.get(0).startDate());
        assertEquals("Initech", roles.get(1).company());
        ResumeData onlyUndated = ResumeTextParser.parse("WORK EXPERIENCE\n\nData Entry Operator\n\nGlobex\n\nEDUCATION\n\nBSc in Physics");
        assertEquals("Globex", onlyUndated.workExperience().getFirst().company());
    }
}
