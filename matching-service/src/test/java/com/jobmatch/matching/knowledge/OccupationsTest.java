package com.jobmatch.matching.knowledge;

import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OccupationsTest {

    private final Occupations occupations = Occupations.shipped();

    @Test
    void jobTitlesAreReadAsEscoOccupationsWithTheirIscoGroup() {
        assertEquals("8332", isco("Regional CDL Truck Driver"));
        assertEquals("8344", isco("Forklift Operator"));
        assertEquals("2411", isco("Senior Accountant"));
        assertEquals("2512", isco("Software Developer II"));
        assertEquals("5230", isco("Cashier (part-time)"));
        assertEquals("7212", isco("MIG Welder - nights"));
        assertTrue(isco("ICU Nurse").startsWith("2"), "a nurse by the head noun: " + isco("ICU Nurse"));
        assertEquals(Optional.empty(), occupations.ofTitle("b"));
    }

    @Test
    void closenessFollowsTheIscoHierarchy() {
        Occupation driver = occupations.ofTitle("Truck Driver").orElseThrow();
        Occupation forklift = occupations.ofTitle("Forklift Operator").orElseThrow();
        Occupation accountant = occupations.ofTitle("Accountant").orElseThrow();
        assertEquals(1.0, Occupations.closeness(driver, occupations.ofTitle("Heavy Truck Driver").orElseThrow()));
        assertEquals(0.5, Occupations.closeness(driver, forklift), "both 83xx: drivers and mobile plant operators");
        assertEquals(0.0, Occupations.closeness(driver, accountant));
    }

    @Test
    void aLabelIsReadAsTheEscoOccupationItBelongsTo() {
        assertEquals(Optional.of("software developer"),
                occupations.escoOccupation(occupations.ofTitle("Senior Software Engineer").orElseThrow()));
        assertEquals(Optional.of("accountant"), occupations.escoOccupation(occupations.ofTitle("Accountant").orElseThrow()));
        // a group read from a word alone is no one occupation
        assertEquals(Optional.empty(), occupations.escoOccupation(occupations.ofTitle("Java Engineer").orElseThrow()));
    }

    @Test
    void aWordAloneNamesOnlyTheWorkTheLabelsEndingInItAgreeOn() {
        // ESCO lists "engineer" as a ship's engineer (3151), but most of the 1,251 labels ending in it are
        // engineering professionals (214x): a resume's "Engineer" is no ship's engineer.
        assertEquals("214", isco("Senior Engineer"));
        assertEquals(0.75, Occupations.closeness(occupations.ofTitle("Engineer").orElseThrow(),
                occupations.ofTitle("Mechanical Engineer").orElseThrow()));
        assertEquals(0.0, Occupations.closeness(occupations.ofTitle("Engineer").orElseThrow(),
                occupations.ofTitle("Chief Ship Engineer").orElseThrow()));
        assertEquals("2411", isco("Accountant"), "a word whose labels are mostly its own occupation keeps it");
        assertEquals("2221", isco("ICU Nurse"));
        assertEquals("none", isco("Assistant"), "assistants' labels spread over a dozen groups; not an education manager");
        assertEquals("none", isco("Technician"));
        assertEquals("none", isco("Systems"), "a word ending many labels that names no worker");
        assertEquals("none", isco("Healthcare"));
    }

    @Test
    void aWordBeforeATitlesHeadNounIsNoOccupationOfItsOwn() {
        // "assurance" is a one-word ESCO label (1223); in a title it only says what the analyst analyses.
        assertEquals("2", isco("Quality Assurance Analyst"), "an analyst: most analysts' labels are professionals (2)");
        assertEquals("cashier", occupations.namedIn("Friendly cashier with five years in retail")
                .map(Occupation::label).orElseThrow(), "in a sentence a one-word label is read wherever it stands");
    }

    @Test
    void aLabelsHeadNounStandsBeforeItsPreposition() {
        // "supervisor of chemical plants" is a supervisor: counted by the word that ends it, "plants" headed 46
        // labels and read as a kind of worker.
        assertEquals(Optional.empty(), occupations.inferredFrom("We run chemical plants and warehouses across the state."));
        assertEquals("none", isco("Plants"));
        assertEquals("2221", isco("Nurse on a surgical ward"), "the title's head is the word before its preposition");
    }

    @Test
    void aTitleNamingTwoIsTheFirstThatNamesAnOccupation() {
        assertEquals("4120", isco("Secretary/Office Manager"), "not the head of the second, nor a bare 'manager'");
        assertEquals("83", isco("Driver/Car Hauler"));
        assertEquals("2411", isco("AR/Staff Accountant"), "a part that names nothing gives way to the next");
    }

    @Test
    void closenessOfAGroupGoesNoDeeperThanItsDigits() {
        Occupation engineers = new Occupation("214", "engineer");
        assertEquals(0.75, Occupations.closeness(engineers, new Occupation("2144", "mechanical engineer")));
        assertEquals(0.75, Occupations.closeness(engineers, engineers), "the same group is not the same occupation");
        assertEquals(0.25, Occupations.closeness(engineers, new Occupation("2512", "software developer")));
    }

    @Test
    void anOccupationIsFoundInsideASummarySentence() {
        assertEquals("cashier", occupations.namedIn("Friendly and reliable cashier with five years in retail")
                .map(Occupation::label).orElseThrow());
    }

    @Test
    void aTitleGluedToTheHeadingAfterItIsStillRead() {
        // Flattened postings lose their line breaks: "Position: Staff AccountantOverview: ..."
        assertEquals("2411", occupations.ofJob(posting("Posting 4", "Position: Staff AccountantOverview: Mississippi "
                + "Export Railroad Company is recruiting.")).map(Occupation::isco).orElse("none"));
        assertEquals("2421", occupations.ofJob(posting("Posting 5", "RoleGaming Business AnalystResponsibilities Ability "
                + "to understand vast amounts of data")).map(Occupation::isco).orElse("none"));
        assertEquals("JavaScript developer", Occupations.unglued("JavaScript developer"), "only headings are split off");
    }

    @Test
    void aPostingThatNamesNoOccupationIsInferredFromTheWorkItsTextNames() {
        String text = "Welcome to Riverside. Our community hospital has served the valley since 1952 and is proud of "
                + "the warm, respectful culture its people build every day. We offer flexible schedules, a generous "
                + "pension plan, paid time off, tuition support and free parking. Riverside values diversity and "
                + "welcomes applications from every background. On our busy medical ward, each registered nurse "
                + "plans, gives and records patient care.";
        JobProfile ward = posting("Posting 6", text);
        assertEquals(Optional.empty(), occupations.ofJob(ward), "named once, late, unannounced: not a stated occupation");
        assertEquals("2221", occupations.inferredOfJob(ward).map(Occupation::isco).orElse("none"));
        assertEquals(Optional.empty(), occupations.inferredOfJob(posting("Accountant", text)),
                "a posting whose occupation is named is not guessed at");
        assertEquals(Optional.empty(), occupations.inferredOfJob(posting("b", "c")));
        assertEquals(Optional.empty(), occupations.inferredFrom("Our development department builds equipment."),
                "words that end like a worker's but name none");
    }

    @Test
    void aPostingWithoutAUsableTitleIsReadFromItsOpeningWords() {
        assertEquals("2411", occupations.ofJob(posting("Posting 17", "At Farmer Brothers, Sales Tax Accountant will be "
                + "focused primarily on tax compliance.")).map(Occupation::isco).orElse("none"));
        assertEquals("8332", occupations.ofJob(posting("Truck Driver", "We are an accounting firm."))
                .map(Occupation::isco).orElse("none"), "a title that names an occupation wins");
    }

    @Test
    void aPostingThatOpensWithBoilerplateIsReadFromTheSentenceThatAnnouncesTheRole() {
        String boilerplate = "Mizick Miller & Company, Inc. is an award-winning firm recognized for growth of 300% with "
                + "over 5500 employees globally in 32 countries and a culture built on our clients' products. ";
        assertEquals("2411", occupations.ofJob(posting("Posting 3", boilerplate
                + "We are seeking a talented Senior Accountant for our office in Draper, UT.")).map(Occupation::isco).orElse("none"),
                "the announced accountant, not the 'miller' of the company's name");
        assertEquals("2421", occupations.ofJob(posting("Posting 4", boilerplate
                + "Job Title: Business Analyst\nYou will gather requirements.")).map(Occupation::isco).orElse("none"));
        assertEquals("none", occupations.ofJob(posting("Posting 5", boilerplate
                + "We are looking for a company that shares our values.")).map(Occupation::isco).orElse("none"),
                "'a company' names no occupation");
    }

    @Test
    void aPostingThatAnnouncesNothingIsReadFromTheOccupationItNamesMost() {
        String text = "About us: we build payment systems for banks. What you will do: design services with other "
                + "software engineers. Our software engineers own their services end to end and mentor new software "
                + "engineers. Benefits: 401k.";
        assertEquals("2512", occupations.ofJob(posting("Posting 6", "Welcome to Acme. " + "x ".repeat(200) + text))
                .map(Occupation::isco).orElse("none"));
        assertEquals("none", occupations.ofJob(posting("Posting 7", "We value our drivers of growth and our models."))
                .map(Occupation::isco).orElse("none"), "one-word labels that are ordinary words are not occupations");
    }

    @Test
    void aLabelHeadedByASeniorityWordNamesNoOccupationWithoutIt() {
        // ESCO's "high school principal" read without its seniority word was a label "high school" (1345, education
        // managers): postings asking for a high school diploma were read as that work, and so was a math teacher.
        String care = "Help residents wash, dress and eat. A high school diploma or equivalent is required. Join our "
                + "caring team in a high school district near you.";
        assertTrue(occupations.inferredFrom(care).map(Occupation::label).filter(label -> label.contains("school")).isEmpty(),
                occupations.inferredFrom(care).toString());
        assertTrue(isco("High School Math Teacher").startsWith("23"), isco("High School Math Teacher"));
        assertEquals("none", occupations.namedIn("Worked the bar and the kitchen of a busy restaurant")
                .map(Occupation::isco).orElse("none"), "'bar staff' and 'kitchen trainee' name workers, 'bar' does not");
    }

    private static JobProfile posting(String title, String description) {
        return new JobProfile(UUID.randomUUID(), "x", title, "c", description, List.of(), List.of(), null, null, null,
                List.of(), null, null, List.of(), null, List.of(), null, null, false);
    }

    private String isco(String title) {
        return occupations.ofTitle(title).map(Occupation::isco).orElse("none");
    }
}
