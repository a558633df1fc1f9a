package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import com.jobmatch.matching.knowledge.Occupations;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a job usually asks when its posting does not say, from public conventions rather than from any one data set,
 * so that experience and education can be compared for every posting, at lower confidence and with a milder penalty
 * than a stated requirement.
 * <p>
 * Education: ISCO-08 assigns each major group a skill level (ILO, ISCO-08 vol. 1, table 1 and 2): professionals
 * (2) and most managers (11-13) work at level 4, a first university degree; technicians and associate
 * professionals (3) and hospitality and retail managers (14) at level 3, short tertiary study; clerical, service,
 * trade, craft and machine work (4-8) at level 2, secondary school; elementary occupations (9) at level 1. The
 * armed forces (0) span every level and get none.
 * <p>
 * Experience: the seniority a title names, with the spans job boards usually give those words (entry 0-2 years,
 * senior 5 or more, lead or principal 7 or more, director 10 or more); a title without such a word addresses the
 * common middle, two years or more.
 */
final class UsualRequirements {

    private static final Set<String> ENTRY = Set.of("intern", "internship", "trainee", "apprentice", "graduate",
            "entry", "junior", "jr", "i");
    private static final Set<String> SENIOR = Set.of("senior", "sr", "iii", "experienced");
    private static final Set<String> LEAD = Set.of("lead", "principal", "staff", "head", "supervisor", "iv");
    private static final Set<String> DIRECTOR = Set.of("director", "vp", "chief", "cfo", "cto", "ceo", "coo");

    static final ExperienceRange ENTRY_LEVEL = new ExperienceRange(0, 24);
    static final ExperienceRange MIDDLE_LEVEL = new ExperienceRange(24, null);
    static final ExperienceRange SENIOR_LEVEL = new ExperienceRange(60, null);
    static final ExperienceRange LEAD_LEVEL = new ExperienceRange(84, null);
    static final ExperienceRange DIRECTOR_LEVEL = new ExperienceRange(120, null);

    private UsualRequirements() {
    }

    /** The education level work of this occupation usually asks, if its ISCO major group has one. */
    static Optional<EducationLevel> education(Occupation occupation) {
        String isco = occupation.isco();
        return switch (isco.charAt(0)) {
            case '1' -> Optional.of(isco.startsWith("14") ? EducationLevel.ASSOCIATE : EducationLevel.BACHELOR);
            case '2' -> Optional.of(EducationLevel.BACHELOR);
            case '3' -> Optional.of(EducationLevel.ASSOCIATE);
            case '4', '5', '6', '7', '8' -> Optional.of(EducationLevel.HIGH_SCHOOL);
            case '9' -> Optional.of(EducationLevel.NONE);
            default -> Optional.empty();
        };
    }

    /** The experience a title's seniority usually stands for; the common middle when it names none. */
    static ExperienceRange experience(String title) {
        if (title == null) {
            return MIDDLE_LEVEL;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(Arrays.asList(lower.split("[^\\p{L}]+")));
        if (words.stream().anyMatch(DIRECTOR::contains) || lower.contains("vice president")) {
            return DIRECTOR_LEVEL;
        }
        if (words.stream().anyMatch(LEAD::contains)) {
            return LEAD_LEVEL;
        }
        if (words.stream().anyMatch(SENIOR::contains)) {
            return SENIOR_LEVEL;
        }
        if (words.stream().anyMatch(ENTRY::contains)) {
            return ENTRY_LEVEL;
        }
        return MIDDLE_LEVEL;
    }

    /** How a usual level is named in an explanation. */
    static String describe(ExperienceRange range) {
        if (range.equals(ENTRY_LEVEL)) {
            return "an entry-level title usually asks up to two years";
        }
        return "a title like this usually asks %d years or more".formatted(range.minMonths() / 12);
    }
}
