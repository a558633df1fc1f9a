package com.jobmatch.resume.parsing;

import com.jobmatch.contract.model.EducationLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ways degrees are written on Indian and job-board resumes that the parser once missed or misread: abbreviations
 * with a dot after every letter, a hyphen, or in lower case at the start of the line, and school or board names
 * that hold a degree word. Written for these tests; no real resume is copied.
 */
class DegreeWritingFormsTest {

    private static List<String> degrees(String education) {
        return EducationHistory.parse(education).stream().map(EducationHistory.Degree::degree).toList();
    }

    private static List<EducationLevel> levels(String education) {
        return ResumeTextParser.parse("Asha Rao\n\nEDUCATION\n\n" + education).education().stream()
                .map(e -> EducationLevels.of(e.degree())).toList();
    }

    @Test
    void abbreviationsWithADotAfterEveryLetterAreDegrees() {
        assertEquals(List.of(EducationLevel.MASTER, EducationLevel.DOCTORATE, EducationLevel.HIGH_SCHOOL, EducationLevel.HIGH_SCHOOL),
                levels("M.C.A\n\nPune University\n\n2014\n\nM.D.\n\nCity Medical College\n\n2010\n\nH.S.C\n\nJai College\n\n2007"
                        + "\n\nC.B.S.E.\n\nModel School\n\n2005"));
    }

    @Test
    void aHyphenatedOrLowerCaseAbbreviationOpeningItsLine() {
        assertEquals(List.of(EducationLevel.BACHELOR, EducationLevel.MASTER),
                levels("B-Tech in Electronics and Telecommunication\n\nGlobal Institute of Technology\n\n2012"
                        + "\n\nmba in human resource\n\nsunrise university -  Bengaluru, Karnataka\n\n2016"));
        // In a sentence, lower-case letters stay words.
        assertEquals(List.of(), degrees("Volunteered as a ba in the local club"));
    }

    @Test
    void schoolAndBoardNamesHoldingADegreeWordAreNoDegree() {
        assertEquals(List.of("B.Sc"), degrees("B.Sc\n\nMS University -  Tirunelveli, Tamil Nadu\n\n2009"
                + "\n\nLakshmi Matriculation Higher Secondary School -  Madurai, Tamil Nadu\n\n2006"
                + "\n\nCouncil of Higher Secondary -  Orissa, IN\n\n2004"));
        // At the start of its line the school level is the qualification itself.
        assertEquals(List.of("Higher Secondary Certificate"), degrees("Higher Secondary Certificate\n\nModel School\n\n2004"));
    }
}
