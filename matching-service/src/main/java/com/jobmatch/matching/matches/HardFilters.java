package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.UnknownJobData;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.scoring.LocationCriterion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a person excludes outright (from their preferences): jobs failing these are never retrieved. A job that
 * does not state a filtered field is treated as the person chose ({@link UnknownJobData}): by default it is
 * retrieved, ranked after the jobs known to pass and flagged with what it leaves out ({@link #unstatedIn}).
 *
 * @param places          where the person works from: where on-site or hybrid work may be, and the countries whose
 *                        remote jobs are open to them; empty means anywhere
 * @param arrangements    accepted work arrangements; empty means all
 */
public record HardFilters(UUID userId, List<String> excludedCompanies, Set<EmploymentType> employmentTypes,
                          Set<WorkArrangement> arrangements, boolean needsVisaSponsorship,
                          List<PreferredLocation> places, UnknownJobData unknownJobData) {

    public static HardFilters none(UUID userId) {
        return new HardFilters(userId, List.of(), Set.of(), Set.of(), false, List.of(), UnknownJobData.RANK_BELOW);
    }

    /** Whether a job that leaves a filtered field unstated is retrieved at all. */
    public boolean retrievesUnknown() {
        return unknownJobData != UnknownJobData.EXCLUDE;
    }

    /** Whether such a job is ranked after every job known to pass. */
    public boolean ranksUnknownBelow() {
        return unknownJobData == UnknownJobData.RANK_BELOW;
    }

    /** The filtered fields this job does not state (so the filter could not be checked), in a fixed order. */
    public List<String> unstatedIn(JobProfile job) {
        List<String> unstated = new ArrayList<>();
        if (!employmentTypes.isEmpty() && job.employmentTypes().isEmpty()) {
            unstated.add("employment type");
        }
        if (!arrangements.isEmpty() && job.workArrangement() == null) {
            unstated.add("work arrangement");
        }
        if (needsVisaSponsorship && job.visaSponsorship() == null) {
            unstated.add("visa sponsorship");
        }
        boolean placeless = job.location() == null
                || (job.location().city() == null && !hasCoordinates(job.location()));
        if (!places.isEmpty() && !onlyRemote() && job.workArrangement() != WorkArrangement.REMOTE && placeless) {
            unstated.add("location");
        }
        return List.copyOf(unstated);
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
                places, preferences.unknownJobData());
    }

    /**
     * Remote jobs naming one of these countries are left out: worked from that country, they are closed to someone
     * who lives elsewhere and will not move ({@link LocationCriterion#countriesElsewhere}), whatever work
     * arrangement they accept.
     */
    public Set<String> remoteCountriesOutOfReach() {
        return LocationCriterion.countriesElsewhere(places);
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
