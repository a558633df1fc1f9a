package com.jobmatch.user.preferences;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.UnknownJobData;
import com.jobmatch.contract.model.WorkArrangement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Job-search preferences as read and written by their owner (PUT replaces them whole).
 * {@code salary.period} is YEAR (default), MONTH or HOUR; {@code unknownJobData} says what the hard filters do with
 * a job that does not state a filtered field (RANK_BELOW by default, EXCLUDE or INCLUDE); {@code updatedAt} is ignored
 * on input.
 */
public record PreferencesDocument(
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> desiredTitles,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> industries,
        @Size(max = 20) List<@NotNull PreferredLocation> locations,
        Set<@NotNull WorkArrangement> workArrangements,
        Set<@NotNull EmploymentType> employmentTypes,
        SalaryRange salary,
        Boolean willingToRelocate,
        Boolean needsVisaSponsorship,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> skillsToUse,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> skillsToAvoid,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> excludedCompanies,
        @Min(0) @Max(100) Integer minMatchScore,
        Boolean notifyByEmail,
        NotificationFrequency notificationFrequency,
        UnknownJobData unknownJobData,
        Instant updatedAt) {

    private static final int MAX_RADIUS_KM = 500;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999");

    void check() {
        for (int i = 0; i < (locations == null ? 0 : locations.size()); i++) {
            PreferredLocation preferred = locations.get(i);
            String field = "locations[" + i + "]";
            if (preferred.location() == null) {
                throw ProblemException.invalidField(field + ".location", "must not be null");
            }
            Places.check(field + ".location", preferred.location());
            if (preferred.radiusKm() != null && (preferred.radiusKm() < 0 || preferred.radiusKm() > MAX_RADIUS_KM)) {
                throw ProblemException.invalidField(field + ".radiusKm", "must be between 0 and " + MAX_RADIUS_KM);
            }
        }
        if (salary != null) {
            checkAmount("salary.min", salary.min());
            checkAmount("salary.max", salary.max());
            if (salary.min() != null && salary.max() != null && salary.min().compareTo(salary.max()) > 0) {
                throw ProblemException.invalidField("salary.max", "must not be below salary.min");
            }
            if (salary.currency() == null || !salary.currency().matches("[A-Z]{3}")) {
                throw ProblemException.invalidField("salary.currency", "must be an ISO 4217 code such as EUR");
            }
            if (salary.period() != null && !salary.period().matches("YEAR|MONTH|HOUR")) {
                throw ProblemException.invalidField("salary.period", "must be YEAR, MONTH or HOUR");
            }
        }
    }

    void applyTo(UserPreferences preferences) {
        preferences.desiredTitles = copy(desiredTitles);
        preferences.industries = copy(industries);
        preferences.locations = locations == null ? new ArrayList<>() : new ArrayList<>(locations);
        preferences.workArrangements = workArrangements == null ? new HashSet<>() : new HashSet<>(workArrangements);
        preferences.employmentTypes = employmentTypes == null ? new HashSet<>() : new HashSet<>(employmentTypes);
        preferences.salaryMin = salary == null ? null : salary.min();
        preferences.salaryMax = salary == null ? null : salary.max();
        preferences.salaryCurrency = salary == null ? null : salary.currency();
        preferences.salaryPeriod = salary == null ? null : salary.period() == null ? "YEAR" : salary.period();
        preferences.willingToRelocate = Boolean.TRUE.equals(willingToRelocate);
        preferences.needsVisaSponsorship = Boolean.TRUE.equals(needsVisaSponsorship);
        preferences.skillsToUse = copy(skillsToUse);
        preferences.skillsToAvoid = copy(skillsToAvoid);
        preferences.excludedCompanies = copy(excludedCompanies);
        preferences.minMatchScore = minMatchScore;
        preferences.notifyByEmail = !Boolean.FALSE.equals(notifyByEmail);
        preferences.notificationFrequency = notificationFrequency == null ? NotificationFrequency.WEEKLY : notificationFrequency;
        preferences.unknownJobData = unknownJobData == null ? UnknownJobData.RANK_BELOW : unknownJobData;
    }

    static PreferencesDocument of(UserPreferences p) {
        return new PreferencesDocument(p.desiredTitles, p.industries, p.locations, p.workArrangements,
                p.employmentTypes, p.salary(), p.willingToRelocate, p.needsVisaSponsorship, p.skillsToUse,
                p.skillsToAvoid, p.excludedCompanies, p.minMatchScore, p.notifyByEmail, p.notificationFrequency,
                p.unknownJobData, p.updatedAt);
    }

    private static void checkAmount(String field, BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
            throw ProblemException.invalidField(field, "must be between 0 and " + MAX_AMOUNT + " with at most 2 decimals");
        }
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : values.stream().map(String::strip).distinct()
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
