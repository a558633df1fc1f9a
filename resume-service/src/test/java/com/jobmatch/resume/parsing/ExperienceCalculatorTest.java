package com.jobmatch.resume.parsing;

import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExperienceCalculatorTest {

    /** "Now" is June 2024 in these tests. */
    private final ExperienceCalculator calculator =
            new ExperienceCalculator(Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void monthsPerRoleIncludeBothEndMonths() {
        ResumeData result = calculator.apply(data(role("Jan 2020", "Mar 2020", false)));
        assertEquals(3, result.workExperience().getFirst().months());
        assertEquals(3, result.totalExperienceMonths());
    }

    @Test
    void presentRunsToThisMonth() {
        assertEquals(6, calculator.apply(data(role("January 2024", "Present", false))).totalExperienceMonths());
        assertEquals(6, calculator.apply(data(role("2024-01", null, true))).totalExperienceMonths());
        assertEquals(6, calculator.apply(data(role("01/2024", "current", false))).totalExperienceMonths());
    }

    @Test
    void presentIsTheDayTheDocumentWasWrittenWhenItsFileSays() {
        // A resume saved in August 2021: "April 2015 to Current" is 77 months, not the 111 to this test's June 2024.
        ResumeData saved = data(role("April 2015", "Current", false), role("July 2011", "July 2014", false));
        ResumeData result = calculator.apply(saved, Optional.of(LocalDate.of(2021, 8, 8)));
        assertEquals(77, result.workExperience().getFirst().months());
        assertEquals(77 + 37, result.totalExperienceMonths());
        assertEquals(111, calculator.apply(saved, Optional.empty()).workExperience().getFirst().months());
    }

    @Test
    void aFileDateTheRolesOutdateOrStillToComeIsNotWhenTheTextWasWritten() {
        // a template's creation date, older than a role the text names, and a clock gone wrong
        ResumeData later = data(role("2019-01", "Present", false), role("2020-03", "2021-02", false));
        assertEquals(66, calculator.apply(later, Optional.of(LocalDate.of(2020, 6, 1))).totalExperienceMonths());
        assertEquals(66, calculator.apply(later, Optional.of(LocalDate.of(2030, 1, 1))).totalExperienceMonths());
    }

    @Test
    void overlappingRolesCountOnce() {
        ResumeData result = calculator.apply(data(
                role("2018-01", "2019-12", false),
                role("2019-07", "2020-06", false),
                role("2022-01", "2022-01", false)));
        assertEquals(24, result.workExperience().get(0).months());
        assertEquals(12, result.workExperience().get(1).months());
        assertEquals(1, result.workExperience().get(2).months());
        assertEquals(24 + 6 + 1, result.totalExperienceMonths());
    }

    @Test
    void bareYearsSpanTheWholeYears() {
        assertEquals(36, calculator.apply(data(role("2015", "2017", false))).totalExperienceMonths());
    }

    @Test
    void unreadableOrBackwardsDatesGiveNoMonthsRatherThanAGuess() {
        ResumeData result = calculator.apply(data(role("a while ago", "2019", false), role("2020-05", "2019-01", false)));
        assertNull(result.workExperience().get(0).months());
        assertNull(result.workExperience().get(1).months());
        assertNull(result.totalExperienceMonths());
    }

    @Test
    void datesAreReadInTheirCommonForms() {
        assertEquals(YearMonth.of(2021, 9), ResumeDates.parse("Sept. 2021").orElseThrow());
        assertEquals(YearMonth.of(2021, 9), ResumeDates.parse("September, 2021").orElseThrow());
        assertEquals(YearMonth.of(2019, 3), ResumeDates.parse("03/2019").orElseThrow());
        assertEquals(YearMonth.of(2019, 3), ResumeDates.parse("2019-03-01").orElseThrow());
        assertEquals(YearMonth.of(2019, 12), ResumeDates.parseEnd("2019").orElseThrow());
        assertEquals("2019-03", ResumeDates.normalize("Mar 2019"));
        assertNull(ResumeDates.normalize("Present"));
    }

    private static ResumeData data(WorkExperience... roles) {
        return new ResumeData(null, null, Arrays.asList(roles), null, null, null, null, null, null);
    }

    private static WorkExperience role(String start, String end, boolean current) {
        return new WorkExperience("Co", "Role", null, start, end, current, null, List.of(), List.of(), null);
    }
}
