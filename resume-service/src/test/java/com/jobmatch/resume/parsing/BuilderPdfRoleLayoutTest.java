package com.jobmatch.resume.parsing;

import com.jobmatch.resume.resumes.ResumeData.WorkExperience;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Role layouts of resume-builder PDFs as their text comes out of the PDF: the employer, the dates and the title on one
 * line with the place on the next; the title on its own line above "dates employer place"; the dates broken over three
 * lines above "employer place title". Written for these tests; no real resume is copied.
 */
class BuilderPdfRoleLayoutTest {

    private static List<WorkExperience> roles(String history) {
        return ResumeTextParser.parse("Asha Rao\n\nExperience\n" + history
                + "\nEducation\nBachelor of Science : Accounting , May 2008 Ohio State University").workExperience();
    }

    private static List<String> fields(WorkExperience role) {
        return Arrays.asList(role.position(), role.company(), role.startDate());
    }

    @Test
    void theTitleAfterTheDatesOnTheEmployersLine() {
        List<WorkExperience> roles = roles("""
                Globex Corporation July 2011 to November 2012 Staff Accountant
                Columbus , OH
                Prepared monthly reconciliations for twelve entities.
                Initech April 2009 to June 2011 Resource Advisor
                Dayton , OH
                Tracked obligations of the regional budget.""");
        assertEquals(List.of("Staff Accountant", "Globex Corporation", "2011-07"), fields(roles.get(0)));
        assertEquals(List.of("Resource Advisor", "Initech", "2009-04"), fields(roles.get(1)));
    }

    @Test
    void theTitleOnItsOwnLineAboveTheDatesAndTheEmployer() {
        List<WorkExperience> roles = roles("""
                Staff Accountant
                January 2014 to October 2014 Globex Corporation City , State
                Performed month end functions to produce financial statements.
                Filed annual reports for every company managed.
                Billing Clerk
                March 2013 to January 2014 Initech City , State
                Collected daily deposits for new sales orders.""");
        assertEquals(List.of("Staff Accountant", "Globex Corporation", "2014-01"), fields(roles.get(0)));
        assertEquals(List.of("Billing Clerk", "Initech", "2013-03"), fields(roles.get(1)));
    }

    @Test
    void theTitleBeforeTheDatesAndTheEmployerAndPlaceAfterThem() {
        List<WorkExperience> roles = roles("""
                Patient Access Rep 03/2015 to Current Globex Health City , State
                Obtained complete and accurate demographic data.
                Graduate Research Assistant 07/2013 to 02/2015 Initech University City , State
                Ran feeding trials on dairy cows.""");
        assertEquals(List.of("Patient Access Rep", "Globex Health", "2015-03"), fields(roles.get(0)));
        assertEquals(List.of("Graduate Research Assistant", "Initech University", "2013-07"), fields(roles.get(1)));
    }

    @Test
    void theTitleAboveTheDatesUnderTheSectionHeading() {
        WorkExperience role = ResumeTextParser.parse("Asha Rao\n\nProfessional Experience\nCustomer Advocate \n"
                + "September 2007 to March 2015 Globex Corporation - City , State\nAnswered a high volume of calls.")
                .workExperience().getFirst();
        assertEquals(List.of("Customer Advocate", "Globex Corporation", "2007-09"), fields(role));
    }

    @Test
    void theDatesBrokenOverLinesAboveTheEmployerPlaceAndTitle() {
        List<WorkExperience> roles = roles("""
                April 2015
                to
                Current
                Globex Corporation City , State Web Developer
                Responsibilities:
                Migrated the print shop website to a new framework.
                July 2011
                to
                July 2014
                Initech City , State Software Engineer
                Responsibilities:
                Designed an application to migrate legacy data.
                05/2009 - 06/2011
                Acme Freight Dayton , OH Car Hauler
                Hooked and unhooked trailers from the tractor.""");
        assertEquals(List.of("Web Developer", "Globex Corporation", "2015-04"), fields(roles.get(0)));
        assertEquals(List.of("Software Engineer", "Initech", "2011-07"), fields(roles.get(1)));
        assertEquals(List.of("Car Hauler", "Acme Freight", "2009-05"), fields(roles.get(2)));
    }

    @Test
    void theTitleRunIntoTheEmployerAboveThePlace() {
        // The separator between employer and place is a character the PDF lost (U+FFFD once its mojibake is read).
        List<WorkExperience> roles = roles("""
                11/2016 to Current
                Biology Teacher Globex Charter School \uFFFD City , State
                Design and align lessons, labs, and assessments.
                09/2011 to 11/2016
                Medical Technician/ Healthcare Specialist Initech Company | City , State
                Tracked acute, routine, and wellness appointments.
                01/2005 to 08/2005
                Clinical Lab Manager/Technologist Umbrella Health Group | City , State
                Ran the laboratory's quality control.""");
        assertEquals(List.of("Biology Teacher", "Globex Charter School", "2016-11"), fields(roles.get(0)));
        assertEquals(List.of("Medical Technician/ Healthcare Specialist", "Initech Company", "2011-09"), fields(roles.get(1)));
        assertEquals(List.of("Clinical Lab Manager/Technologist", "Umbrella Health Group", "2005-01"), fields(roles.get(2)));
    }

    @Test
    void theTitlesOfWorkOutsideOfficesAreTitlesToo() {
        // "broker", "banker", "barista" name occupations as "accountant" does; read as employers they hid the title.
        List<WorkExperience> roles = roles("""
                Globex Realty January 2002 to January 2014 Real Estate Broker
                City , State
                Assisted buyers and sellers in obtaining financing.
                Initech Bank January 2000 to December 2001 Personal Banker
                City , State
                Opened accounts for new clients.""");
        assertEquals(List.of("Real Estate Broker", "Globex Realty", "2002-01"), fields(roles.get(0)));
        assertEquals(List.of("Personal Banker", "Initech Bank", "2000-01"), fields(roles.get(1)));
    }
}
