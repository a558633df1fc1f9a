package com.jobmatch.resume.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeTextParserTest {

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
}
