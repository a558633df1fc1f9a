package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.WorkArrangement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a person excludes outright (from their preferences): jobs failing these are never retrieved. Unknown
 * job data passes (a job that does not state its employment type is not excluded for it).
 *
 * @param places          where on-site or hybrid work may be; empty means anywhere
 * @param arrangements    accepted work arrangements; empty means all
 */
public record HardFilters(UUID userId, List<String> excludedCompanies, Set<EmploymentType> employmentTypes,
                          Set<WorkArrangement> arrangements, boolean needsVisaSponsorship,
                          List<PreferredLocation> places) {

    public static HardFilters none(UUID userId) {
        return new HardFilters(userId, List.of(), Set.of(), Set.of(), false, List.of());
    }

    public static HardFilters of(UUID userId, CandidatePreferences preferences) {
        if (preferences == null) {
            return none(userId);
        }
        List<PreferredLocation> places = preferences.willingToRelocate() ? List.of() : preferences.locations().stream()
                .filter(p -> p.location() != null).toList();
        // Compared with lower(company) in SQL, so only case and outer spaces are normalized ("AT&T" stays itself).
        return new HardFilters(userId, preferences.excludedCompanies().stream()
                .map(company -> company.strip().toLowerCase(Locale.ROOT)).toList(),
                preferences.employmentTypes(), preferences.workArrangements(), preferences.needsVisaSponsorship(),
                places);
    }

    public boolean onlyRemote() {
        return arrangements.equals(Set.of(WorkArrangement.REMOTE));
    }

    public static int radiusKm(PreferredLocation place) {
        return place.radiusKm() == null ? LocationCriterion.DEFAULT_RADIUS_KM : place.radiusKm();
    }

    public static boolean hasCoordinates(Location location) {
        return location.latitude() != null && location.longitude() != null;
    }
}
