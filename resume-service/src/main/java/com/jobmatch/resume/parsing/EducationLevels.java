package com.jobmatch.resume.parsing;

import com.jobmatch.contract.model.EducationLevel;

import java.util.regex.Pattern;

/** The contract's education level of a degree as written, highest match first ("MBA" before "BA"). */
public final class EducationLevels {

    private static final Pattern DOCTORATE = Pattern.compile("(?i)\\b(ph\\.?\\s?d|doctor|doctorate|d\\.phil|edd|pharmd|dnp|juris doctor|j\\.d)\\b|(?-i:\\bDBA\\b|\\bMD\\b)");
    private static final Pattern MASTER = Pattern.compile("(?i)\\b(masters?|master's|m\\.b\\.a|m\\.?\\s?eng|mba|m\\.?\\s?sc|mca|m[.-]?\\s?tech|m\\.?\\s?com|ll\\.?m|mph|msw|msn|m\\.?\\s?ed|m\\.?\\s?phil|m\\.?\\s?pharm|post[- ]?graduate|pgdm|pgdba)\\b|(?-i:\\bM\\.?\\s?(?:S|A|E|FA|BA)\\b\\.?)");
    private static final Pattern BACHELOR = Pattern.compile("(?i)\\b(bachelors?|bachelor's|batchelors?|b\\.?\\s?eng|b\\.b\\.a|b\\.?\\s?sc|bca|bba|b[.-]?\\s?tech|b\\.?\\s?com|llb|ll\\.b|bsn|bsw|b\\.?\\s?ed|b\\.?\\s?pharm|b\\.?\\s?arch|undergraduate)\\b|(?-i:\\bB\\.?\\s?(?:S|A|E|FA)\\b\\.?)");
    private static final Pattern ASSOCIATE = Pattern.compile("(?i)\\b(associates?|associate's|a\\.a\\.s|a\\.a|aas|a\\.s)\\b|(?-i:\\bA\\.?A\\.?S?\\b|\\bAS\\b|\\bA\\.?S\\.?S\\b)");
    private static final Pattern HIGH_SCHOOL = Pattern.compile("(?i)(high school|secondary|\\b12th|\\b10th|\\bged\\b|g\\.e\\.d|matriculation|\\bssc\\b|\\bhsc\\b|\\bsslc\\b|\\bcbse\\b|\\bicse\\b|intermediate)");
    private static final Pattern VOCATIONAL = Pattern.compile("(?i)\\b(diploma|vocational|certificat(?:e|ion)|licen[cs]e|apprentice|trade school)|(?-i:\\bLPN\\b)");

    private static final Pattern DOTTED_GROUP = Pattern.compile("<([^>]*)>");

    private EducationLevels() {
    }

    public static EducationLevel of(String degree) {
        if (degree == null) {
            return null;
        }
        // "M.C.A", "S.S.L.C": a dot after every letter; read as the letters alone when the dotted form says nothing.
        String undotted = degree.replaceAll("(?<![\\p{L}.])((?:\\p{L}\\.){1,4}\\p{L})\\.?(?![\\p{L}])", "<$1>");
        if (undotted.equals(degree)) {
            return level(degree);
        }
        // Read as letters first: in "C.B.S.E." the dotted form would find "B.S" inside.
        EducationLevel level = level(DOTTED_GROUP.matcher(undotted).replaceAll(r -> r.group(1).replace(".", "")));
        return level != null ? level : level(degree);
    }

    private static EducationLevel level(String degree) {
        if (DOCTORATE.matcher(degree).find()) {
            return EducationLevel.DOCTORATE;
        }
        if (MASTER.matcher(degree).find()) {
            return EducationLevel.MASTER;
        }
        if (BACHELOR.matcher(degree).find()) {
            return EducationLevel.BACHELOR;
        }
        if (ASSOCIATE.matcher(degree).find()) {
            return EducationLevel.ASSOCIATE;
        }
        // "High School Diploma" is a school level, not a vocational diploma.
        if (HIGH_SCHOOL.matcher(degree).find()) {
            return EducationLevel.HIGH_SCHOOL;
        }
        if (VOCATIONAL.matcher(degree).find()) {
            return EducationLevel.VOCATIONAL;
        }
        return null;
    }
}
