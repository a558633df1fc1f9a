package com.jobmatch.resume.parsing;

import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Months of experience per role (both end months included) and in total, where months in which roles
 * overlap count once.
 */
public final class ExperienceCalculator {

    private static final YearMonth EPOCH = YearMonth.of(1900, 1);

    private final Clock clock;

    public ExperienceCalculator(Clock clock) {
        this.clock = clock;
    }

    public ResumeData apply(ResumeData data) {
        YearMonth now = YearMonth.now(clock);
        BitSet worked = new BitSet();
        List<WorkExperience> roles = new ArrayList<>();
        boolean anyDated = false;
        for (WorkExperience role : data.workExperience()) {
            Optional<int[]> span = span(role, now);
            span.ifPresent(s -> worked.set(s[0], s[1] + 1));
            anyDated |= span.isPresent();
            roles.add(role.withMonths(span.map(s -> s[1] - s[0] + 1).orElse(null)));
        }
        return data.withExperience(roles, anyDated ? worked.cardinality() : null);
    }

    private static Optional<int[]> span(WorkExperience role, YearMonth now) {
        Optional<YearMonth> start = ResumeDates.parse(role.startDate());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        boolean current = Boolean.TRUE.equals(role.isCurrent()) || ResumeDates.isPresent(role.endDate());
        Optional<YearMonth> end = current ? Optional.of(now) : ResumeDates.parseEnd(role.endDate());
        if (end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        YearMonth last = end.get().isAfter(now) ? now : end.get();
        if (last.isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new int[] {index(start.get()), index(last)});
    }

    private static int index(YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(EPOCH, month);
    }
}
