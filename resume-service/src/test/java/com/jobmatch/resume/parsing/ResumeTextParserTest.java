package com.jobmatch.resume.parsing;

import com.jobmatch.resume.profiles.CandidateProfiles;
import com.jobmatch.resume.resumes.ResumeData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeTextParserTest {

    @Test
    void skillsGroupedUnderLabelsThatAlsoNameSectionsStayInTheSkillsSection() {
        ResumeData data = ResumeTextParser.parse("""
                Jordan Avery
                Backend Software Engineer

                SKILLS
                Languages: Java, Python, SQL
                Infrastructure: Docker, Kubernetes

                EXPERIENCE
                Software Engineer, Lakeshore Payments, Austin, TX      March 2022 - Present
                - Built services.

                LANGUAGES
                English (native), Spanish
                """);
        assertTrue(data.skills().containsAll(List.of("Java", "Python", "SQL", "Docker", "Kubernetes")),
                data.skills().toString());
        assertEquals(1, data.workExperience().size());
    }

    @Test
    void readsContactSectionsRolesAndEducation() {
        ResumeData data = ResumeTextParser.parse("""
                Priya Raman
                Chennai | priya.raman@example.in | +91 98765 43210 | linkedin.com/in/priya-raman

                PROFESSIONAL SUMMARY
                Data analyst with five years in retail.

                WORK EXPERIENCE
                Data Analyst | Bright Retail Pvt Ltd
                Aug 2019 – Present
                • Built weekly sales dashboards
                • Cut report time by 60%

                Junior Analyst, Numbers Inc
                06/2017 - 07/2019
                Cleaned data.

                EDUCATION
                Master of Business Administration
                Anna University, 2017

                CERTIFICATIONS
                Tableau Desktop Specialist - Tableau, 2020

                LANGUAGES
                Tamil (Native), English - Fluent
                """);
        assertEquals("Priya Raman", data.contactInfo().fullName());
        assertEquals("priya.raman@example.in", data.contactInfo().email());
        assertEquals("+91 98765 43210", data.contactInfo().phone());
        assertEquals("LinkedIn", data.contactInfo().links().getFirst().name());
        assertEquals("Data analyst with five years in retail.", data.summary());

        assertEquals(2, data.workExperience().size());
        assertEquals("Data Analyst", data.workExperience().get(0).position());
        assertEquals("Bright Retail Pvt Ltd", data.workExperience().get(0).company());
        assertEquals("2019-08", data.workExperience().get(0).startDate());
        assertTrue(data.workExperience().get(0).isCurrent());
        assertEquals(List.of("Built weekly sales dashboards", "Cut report time by 60%"),
                data.workExperience().get(0).responsibilities());
        assertEquals("Junior Analyst", data.workExperience().get(1).position());
        assertEquals("Numbers Inc", data.workExperience().get(1).company());
        assertEquals("2019-07", data.workExperience().get(1).endDate());

        assertEquals("Master of Business Administration", data.education().getFirst().degree());
        assertEquals("Anna University", data.education().getFirst().institution());
        assertEquals("2017", data.education().getFirst().graduationDate());
        assertEquals("Tableau Desktop Specialist", data.certifications().getFirst().name());
        assertEquals("Tableau", data.certifications().getFirst().issuer());
        assertEquals(List.of("Tamil", "English"), data.languages().stream().map(ResumeData.Language::language).toList());
        assertEquals("Fluent", data.languages().get(1).fluency());
        assertTrue(data.confidence().get("contact_info.email") > data.confidence().get("contact_info.full_name"));
    }

    @Test
    void oneLineRoleHeadingsGiveTitleCompanyAndPlace() {
        ResumeData data = ResumeTextParser.parse("""
                sam lowercase
                EXPERIENCE
                Senior Software Engineer, Lakeshore Payments, Austin, TX        March 2022 - Present
                - Built payment services.
                Team member, Harbor Studio                                      July 2018 - May 2019
                """);
        assertEquals("sam lowercase", data.contactInfo().fullName());
        ResumeData.WorkExperience first = data.workExperience().get(0);
        assertEquals(List.of("Senior Software Engineer", "Lakeshore Payments", "Austin, TX", "2022-03"),
                List.of(first.position(), first.company(), first.location(), first.startDate()));
        ResumeData.WorkExperience second = data.workExperience().get(1);
        assertEquals(List.of("Team member", "Harbor Studio", "2019-05"), List.of(second.position(), second.company(), second.endDate()));
    }

    @Test
    void textWithoutRecognisableFieldsGivesEmptyFieldsNotGuesses() {
        ResumeData data = ResumeTextParser.parse("lorem ipsum dolor sit amet\nconsectetur adipiscing elit");
        assertNull(data.contactInfo().fullName());
        assertNull(data.contactInfo().email());
        assertTrue(data.workExperience().isEmpty());
        assertTrue(data.skills().isEmpty());
        assertTrue(data.confidence().isEmpty());
    }

    // Flattened texts as resume builders and copy-paste leave them: headings glued to the next word, roles
    // run together, few or no line breaks. Written for these tests; no real resume is copied here.

    @Test
    void flattenedBuilderExportWithDatesBeforeTheHeading() {
        ResumeData data = ResumeTextParser.parse("SummaryDependable warehouse lead with eight years in distribution."
                + "\nSkillsInventory controlForklift operationTeam scheduling"
                + "\nWork History03/2016toCurrentShift SupervisorNorthgate Logistics–Columbus,OH,Lead a team of 14 on the night shift."
                + "Cut picking errors by a third.06/2012to02/2016Warehouse AssociateRiver Foods Inc.–Dayton,OH,Loaded trucks and"
                + " kept cycle counts.\nEducationHigh School Diploma,Expected in2011-Central High School-Dayton,OH"
                + "\nCertificationsCertified Forklift Operator, 2015");
        assertEquals("Dependable warehouse lead with eight years in distribution.", data.summary());
        assertEquals(2, data.workExperience().size());
        ResumeData.WorkExperience current = data.workExperience().get(0);
        assertEquals(List.of("Shift Supervisor", "Northgate Logistics", "Columbus, OH", "2016-03"),
                List.of(current.position(), current.company(), current.location(), current.startDate()));
        assertTrue(current.isCurrent());
        ResumeData.WorkExperience earlier = data.workExperience().get(1);
        assertEquals(List.of("Warehouse Associate", "River Foods Inc.", "2012-06", "2016-02"),
                List.of(earlier.position(), earlier.company(), earlier.startDate(), earlier.endDate()));
        assertEquals("High School Diploma", data.education().getFirst().degree());
        assertEquals("Central High School", data.education().getFirst().institution());
        assertEquals("2011", data.education().getFirst().graduationDate());
        assertEquals(com.jobmatch.contract.model.EducationLevel.HIGH_SCHOOL, CandidateProfiles.level(data.education().getFirst().degree()));
        assertTrue(data.certifications().stream().anyMatch(c -> c.name().contains("Forklift")));
        assertTrue(data.skills().size() >= 1);
    }

    @Test
    void flattenedExportWithTitleBeforeTheDates() {
        ResumeData data = ResumeTextParser.parse("ProfessionalSummaryAccountant with a CPA license."
                + "\nExperienceStaff Accountant,08/2017-Current Harbor Dental Group–Tampa,FL,Close the books monthly."
                + "Accounts Payable Clerk,01/2014-07/2017Sunrise Hotels LLC–Orlando,FL,Processed 400 invoices a week."
                + "\nEducationBachelor of Science:Accounting,Expected in2013-University of Central Florida-Orlando,FL");
        assertEquals(2, data.workExperience().size());
        assertEquals(List.of("Staff Accountant", "Harbor Dental Group", "2017-08"), List.of(data.workExperience().get(0).position(),
                data.workExperience().get(0).company(), data.workExperience().get(0).startDate()));
        assertEquals(List.of("Accounts Payable Clerk", "Sunrise Hotels LLC", "2017-07"), List.of(data.workExperience().get(1).position(),
                data.workExperience().get(1).company(), data.workExperience().get(1).endDate()));
        ResumeData.Education degree = data.education().getFirst();
        assertEquals(List.of("Bachelor of Science", "Accounting", "University of Central Florida", "2013"),
                List.of(degree.degree(), degree.fieldOfStudy(), degree.institution(), degree.graduationDate()));
        assertTrue(data.certifications().stream().anyMatch(c -> c.name().equals("CPA")));
    }

    @Test
    void degreesGluedToTheDateBeforeThemKeepTheirLevelSchoolAndYear() {
        // A builder export that writes the date first and loses every space around it.
        ResumeData data = ResumeTextParser.parse("ExperienceData Analyst,01/2016-Current Acme Corp–Boston,MA,Built reports."
                + "\nEducationExpected in2016totoMasters|Applied StatisticsLoyola Chicago University,Chicago,ILGPA:"
                + "Expected in2013totoB.S:Finance and risk managementNorthern Michigan University,Marquette,MIGPA:"
                + "\nSkillsSQL, Python");
        assertEquals(2, data.education().size());
        ResumeData.Education master = data.education().get(0);
        ResumeData.Education bachelor = data.education().get(1);
        assertEquals(List.of("Masters", "Loyola Chicago University", "2016"),
                List.of(master.degree(), master.institution(), master.graduationDate()));
        assertEquals(List.of("B.S", "Northern Michigan University", "2013"),
                List.of(bachelor.degree(), bachelor.institution(), bachelor.graduationDate()));
        assertEquals(com.jobmatch.contract.model.EducationLevel.MASTER, CandidateProfiles.level(master.degree()));
        assertEquals(com.jobmatch.contract.model.EducationLevel.BACHELOR, CandidateProfiles.level(bachelor.degree()));
    }

    @Test
    void aDoctorateNeedsMoreThanTwoCapitalsGluedInsideAWord() {
        ResumeData data = ResumeTextParser.parse("EducationBachelor of Arts in Journalism, 2012\nSkillsWebMD content, CMS");
        assertEquals(List.of(com.jobmatch.contract.model.EducationLevel.BACHELOR),
                data.education().stream().map(e -> CandidateProfiles.level(e.degree())).toList());
    }

    @Test
    void templateLineWithCompanyPlaceTitleAndDatesOnOneLine() {
        ResumeData data = ResumeTextParser.parse("Jordan Lee\nWork HistoryCompany Name City, State Registered Nurse"
                + " 01/2015 to Current Cared for 6 patients per shift on a surgical floor.\n"
                + "EducationAssociate of Science in Nursing 2014 Valley Community College");
        ResumeData.WorkExperience role = data.workExperience().getFirst();
        assertEquals(List.of("Registered Nurse", "Company Name", "City, State", "2015-01"),
                List.of(role.position(), role.company(), role.location(), role.startDate()));
        assertTrue(role.isCurrent());
        assertEquals(com.jobmatch.contract.model.EducationLevel.ASSOCIATE, CandidateProfiles.level(data.education().getFirst().degree()));
        assertEquals("Valley Community College", data.education().getFirst().institution());
    }

    @Test
    void datesFirstLinesWithMonthNamesSeasonsAndTitleCommaCompany() {
        ResumeData data = ResumeTextParser.parse("""
                EXPERIENCE
                Jan 2019 - Present Product Designer, Brightline Studio
                Designed the booking flow.
                Summer 2017 - Fall 2018 Design Intern, Okra Labs
                Data Analyst, Plainview Bank (2015-2016)
                EDUCATION
                M.S. in Human-Computer Interaction, Carnegie Mellon University, 2018
                """);
        List<ResumeData.WorkExperience> roles = data.workExperience();
        assertEquals(3, roles.size());
        assertEquals(List.of("Product Designer", "Brightline Studio", "2019-01"),
                List.of(roles.get(0).position(), roles.get(0).company(), roles.get(0).startDate()));
        assertEquals(List.of("Design Intern", "Okra Labs", "2017-06", "2018-09"),
                List.of(roles.get(1).position(), roles.get(1).company(), roles.get(1).startDate(), roles.get(1).endDate()));
        assertEquals(List.of("Data Analyst", "Plainview Bank", "2015-01"),
                List.of(roles.get(2).position(), roles.get(2).company(), roles.get(2).startDate()));
        assertEquals(com.jobmatch.contract.model.EducationLevel.MASTER, CandidateProfiles.level(data.education().getFirst().degree()));
        assertEquals("2018", data.education().getFirst().graduationDate());
    }

    @Test
    void headingWordsInsideProseAreNotHeadings() {
        ResumeData data = ResumeTextParser.parse("SummaryExperienced teacher. Education is my passion.\n"
                + "Experienced in classroom management\nExperience2010 to 2020 Teacher, Lincoln Elementary School");
        assertEquals(1, data.workExperience().size());
        assertTrue(data.summary().contains("Experienced in classroom management"));
        assertTrue(data.confidence().get("work_experience[0].position") > 0.5);
    }
}
