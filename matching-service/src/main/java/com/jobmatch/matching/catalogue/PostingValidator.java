package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.SalaryRange;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/** Why a posting cannot be stored, or empty when it can. The reason names the field first. */
public final class PostingValidator {

    private static final Set<String> SALARY_PERIODS = Set.of("YEAR", "MONTH", "HOUR");

    private PostingValidator() {
    }

    public static Optional<String> problem(JobPosting p) {
        return firstOf(
                text("externalId", p.externalId(), 256, true),
                text("title", p.title(), 500, true),
                text("company", p.company(), 300, true),
                text("source", p.source(), 100, true),
                text("description", p.description(), 100_000, false),
                url(p.url()),
                salary(p.salary()),
                experience(p.experience()),
                range("latitude", p.latitude(), 90),
                range("longitude", p.longitude(), 180));
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... checks) {
        for (Optional<String> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of(field + ": must not be blank") : Optional.empty();
        }
        return value.length() > max ? Optional.of(field + ": longer than " + max + " characters") : Optional.empty();
    }

    private static Optional<String> url(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        return Optional.of("url: not an absolute http(s) URL");
    }

    private static Optional<String> salary(SalaryRange s) {
        if (s == null) {
            return Optional.empty();
        }
        if (negative(s.min()) || negative(s.max())) {
            return Optional.of("salary: amounts must not be negative");
        }
        if (s.min() != null && s.max() != null && s.min().compareTo(s.max()) > 0) {
            return Optional.of("salary: min is greater than max");
        }
        if (s.currency() != null && !s.currency().matches("[A-Z]{3}")) {
            return Optional.of("salary.currency: not an ISO 4217 code");
        }
        if (s.period() != null && !SALARY_PERIODS.contains(s.period())) {
            return Optional.of("salary.period: must be one of " + SALARY_PERIODS);
        }
        return Optional.empty();
    }

    private static Optional<String> experience(ExperienceRange e) {
        if (e == null) {
            return Optional.empty();
        }
        if ((e.minMonths() != null && e.minMonths() < 0) || (e.maxMonths() != null && e.maxMonths() < 0)) {
            return Optional.of("experience: months must not be negative");
        }
        if (e.minMonths() != null && e.maxMonths() != null && e.minMonths() > e.maxMonths()) {
            return Optional.of("experience: minMonths is greater than maxMonths");
        }
        return Optional.empty();
    }

    private static Optional<String> range(String field, Double value, double bound) {
        return value != null && (value < -bound || value > bound)
                ? Optional.of(field + ": outside -" + (int) bound + ".." + (int) bound) : Optional.empty();
    }

    private static boolean negative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }
}
