package com.jobmatch.resume.parsing;

import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Months of experience per role (both end months included) and in total, where months in which roles
 * overlap count once. A role marked current ("to Present") runs to the day the document was written, when its file
 * says so and no date the roles state comes after it; else to today. A resume saved in 2021 that says "April 2015 to
 * Current" states six years in that role, not as many as have passed since: counting on to today would make every old
 * resume's writer more senior, and over-qualified, by the years it lay unchanged.
 */
public final class ExperienceCalculator {

    private static final YearMonth EPOCH = YearMonth.of(1900, 1);

    private final Clock clock;

    public ExperienceCalculator(Clock clock) {
        this.clock = clock;
    }

    public ResumeData apply(ResumeData data) {
        return apply(data, Optional.empty());
    }

    /** @param writtenOn the day the resume's file was last written, when its file says */
    public ResumeData apply(ResumeData data, Optional<LocalDate> writtenOn) {
        YearMonth now = YearMonth.now(clock);
        YearMonth asOf = writtenOn.map(YearMonth::from)
                .filter(month -> !month.isAfter(now) && noRoleDatedAfter(data, month)).orElse(now);
        BitSet worked = new BitSet();
        List<WorkExperience> roles = new ArrayList<>();
        boolean anyDated = false;
        for (WorkExperience role : data.workExperience()) {
            Optional<int[]> span = span(role, asOf);
            span.ifPresent(s -> worked.set(s[0], s[1] + 1));
            anyDated |= span.isPresent();
            roles.add(role.withMonths(span.map(s -> s[1] - s[0] + 1).orElse(null)));
        }
        return data.withExperience(roles, anyDated ? worked.cardinality() : null);
    }

    /** A role dated after the file's date says the file's date is not when its text was written (a template's, say). */
    private static boolean noRoleDatedAfter(ResumeData data, YearMonth month) {
        return data.workExperience().stream()
                .flatMap(role -> Stream.of(ResumeDates.parse(role.startDate()), ResumeDates.parse(role.endDate())))
                .flatMap(Optional::stream).noneMatch(date -> date.isAfter(month));
    }

    private static Optional<int[]> span(WorkExperience role, YearMonth asOf) {
        Optional<YearMonth> start = ResumeDates.parse(role.startDate());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        boolean current = Boolean.TRUE.equals(role.isCurrent()) || ResumeDates.isPresent(role.endDate());
        Optional<YearMonth> end = current ? Optional.of(asOf) : ResumeDates.parseEnd(role.endDate());
        if (end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        YearMonth last = end.get().isAfter(asOf) ? asOf : end.get();
        if (last.isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new int[] {index(start.get()), index(last)});
    }

    private static int index(YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(EPOCH, month);
    }
}
