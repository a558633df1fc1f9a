package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.ExperienceEntry;

import java.time.temporal.ChronoUnit;
import java.util.BitSet;

/**
 * The months a set of roles covers, counted on the calendar where a role's start is known (two roles held at once are
 * one month of work, as resume-service counts a career) and added up where it is not (an undated role's months).
 */
final class MonthsWorked {

    private final BitSet dated = new BitSet();
    private int undated;

    void add(ExperienceEntry role) {
        int length = monthsOf(role);
        if (role.startDate() == null || length <= 0) {
            undated += length;
            return;
        }
        // The parser counts both end months: a role of n months from its start covers [first, first + n).
        int first = role.startDate().getYear() * 12 + role.startDate().getMonthValue() - 1;
        dated.set(first, first + length);
    }

    int months() {
        return dated.cardinality() + undated;
    }

    /** The months of these roles that none of {@code others} covers (their undated months are not comparable). */
    int monthsBeyond(MonthsWorked others) {
        BitSet beyond = (BitSet) dated.clone();
        beyond.andNot(others.dated);
        return beyond.cardinality() + undated;
    }

    private static int monthsOf(ExperienceEntry role) {
        if (role.months() != null) {
            return role.months();
        }
        if (role.startDate() != null && role.endDate() != null) {
            return (int) ChronoUnit.MONTHS.between(role.startDate(), role.endDate());
        }
        return 0;
    }
}
