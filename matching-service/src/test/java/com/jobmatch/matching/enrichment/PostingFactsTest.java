package com.jobmatch.matching.enrichment;

import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingFactsTest {

    private static PostingFacts read(String description) {
        return PostingFacts.read("Data Analyst", description);
    }

    private static SalaryRange pay(String min, String max, String currency, String period) {
        return new SalaryRange(new BigDecimal(min), new BigDecimal(max), currency, period);
    }

    @Test
    void theTermsOfTheJobAreReadWithTheWordsThatStateThem() {
        String text = "We are hiring! This is a full-time, hybrid role (3 days a week in the office). "
                + "Salary range: $60,000 - $75,000 per year, plus bonus.";
        PostingFacts facts = read(text);
        assertEquals(List.of("FULL_TIME"), facts.employmentTypes());
        assertEquals(Optional.of(WorkArrangement.HYBRID), facts.workArrangement());
        assertEquals(Optional.of(pay("60000", "75000", "USD", "YEAR")), facts.salary());
        for (StatedFact fact : facts.facts()) {
            assertEquals(fact.quote(), text.substring(fact.start(), fact.end()), "the span points at the words: " + fact);
            assertEquals("description", fact.source());
        }
        assertEquals("$60,000 - $75,000 per year", facts.facts().stream()
                .filter(f -> f.field().equals("salary")).findFirst().orElseThrow().quote());
    }

    @Test
    void payIsReadInTheWaysPostingsWriteIt() {
        assertEquals(Optional.of(pay("25", "30", "USD", "HOUR")), read("Pay: $25-$30/hr, weekly pay").salary());
        assertEquals(Optional.of(pay("120000", "150000", "USD", "YEAR")), read("Base salary $120K-$150K").salary());
        assertEquals(Optional.of(pay("90000", "110000", "USD", "YEAR")), read("Compensation: $90-110k DOE").salary());
        assertEquals(Optional.of(pay("30000", "30000", "GBP", "YEAR")), read("Salary: £30,000 per annum").salary());
        assertEquals(Optional.of(pay("18.50", "18.50", "USD", "HOUR")), read("Starting at $18.50 an hour").salary());
        assertEquals(Optional.of(pay("4500", "4500", "USD", "MONTH")), read("Stipend of $4,500 per month").salary());
    }

    @Test
    void amountsThatAreNotPayAreNoSalary() {
        assertTrue(read("We manage $5 million in assets and raised $20M in funding.").salary().isEmpty());
        assertTrue(read("Our clients saved $300,000 last year thanks to our platform.").salary().isEmpty(),
                "an amount without a pay word or period");
        assertTrue(read("A $2 billion company with 500 employees.").salary().isEmpty());
    }

    @Test
    void wordsAboutTheWorkOrTheCompanyAreNoTermsOfTheJob() {
        PostingFacts facts = read("For this junior position we want 1-2 years of full time working experience. "
                + "You will manage contract management and remote sensing data; remote monitoring of sites.");
        assertEquals(List.of(), facts.employmentTypes());
        assertEquals(Optional.empty(), facts.workArrangement());
    }

    @Test
    void theTitleStatesTermsToo() {
        PostingFacts facts = PostingFacts.read("Part-Time Cashier (Remote)", "Help our customers at checkout.");
        assertEquals(List.of("PART_TIME"), facts.employmentTypes());
        assertEquals(Optional.of(WorkArrangement.REMOTE), facts.workArrangement());
        assertTrue(facts.facts().stream().allMatch(f -> f.source().equals("title")));
    }

    @Test
    void contractsAndOtherArrangementsAreRecognised() {
        assertEquals(List.of("CONTRACT"), read("This is a 6-month contract with possible extension.").employmentTypes());
        assertEquals(List.of("CONTRACT"), read("Job Type: Contract").employmentTypes());
        assertEquals(Optional.of(WorkArrangement.REMOTE), read("This is a fully remote position.").workArrangement());
        assertEquals(Optional.of(WorkArrangement.ONSITE), read("You must work on-site in Austin.").workArrangement());
        assertEquals(Optional.of(WorkArrangement.HYBRID), read("Remote work 2 days per week; 3 days a week in the office.")
                .workArrangement(), "remote days with office days are hybrid");
    }
}
