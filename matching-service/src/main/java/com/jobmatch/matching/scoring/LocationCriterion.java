package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.knowledge.Terms;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How close the job is to where the person lives or wants to work. A remote job fits everyone in the country it names
 * ("Remote (US)") and everyone anywhere when it names none; otherwise the same city scores full, inside the radius
 * nearly full, then the same region and the same country less. Countries are compared as ISO codes where they read
 * as one ({@link Countries}: "Germany" and "DE" are one country).
 */
public final class LocationCriterion {

    public static final int DEFAULT_RADIUS_KM = 50;
    static final double SAME_REGION = 75;
    static final double SAME_COUNTRY = 50;
    static final double ELSEWHERE = 15;
    static final double RELOCATION_FLOOR = 60;
    private static final double EARTH_RADIUS_KM = 6371;

    private LocationCriterion() {
    }

    /** 0-100, or null when either side has no place to compare. */
    static Double score(List<PreferredLocation> places, Location job, WorkArrangement arrangement,
                        boolean willingToRelocate) {
        if (arrangement == WorkArrangement.REMOTE) {
            return remote(places, job, willingToRelocate);
        }
        if (job == null || places.isEmpty()) {
            return null;
        }
        double best = 0;
        for (PreferredLocation place : places) {
            best = Math.max(best, closeness(place, job));
        }
        return willingToRelocate ? Math.max(best, RELOCATION_FLOOR) : best;
    }

    /**
     * A remote job that names a country is worked from there (residence and the right to work in it), so it fits a
     * person who lives there or whose country is not known to be another; where the person lives is unknown, so is the
     * fit. Counting it as 100 for everyone told a job seeker in Germany that a "Remote (US)" post was where they live,
     * and ranked it above located posts for a resume that names no place (bench/README.md "Runs of session 29").
     */
    private static Double remote(List<PreferredLocation> places, Location job, boolean willingToRelocate) {
        if (job == null || Countries.code(job.country()).isEmpty()) {
            return 100.0;
        }
        List<Location> homes = places.stream().map(PreferredLocation::location).filter(Objects::nonNull).toList();
        if (homes.isEmpty()) {
            return null;
        }
        boolean inside = homes.stream().anyMatch(home -> !Countries.differ(home.country(), job.country()));
        return inside ? 100.0 : willingToRelocate ? RELOCATION_FLOOR : ELSEWHERE;
    }

    /**
     * The hard filters' side of {@link #remote} and {@link #closeness}: every written form (lower case, without dots,
     * stripped) of the countries other than these places'. A remote job of one of them is closed to someone who works
     * from these places, and a place of theirs with a city of the same name is another place ("Berlin" in the US for
     * Berlin, Germany). None when any place's country is unknown, since nothing is then known to be elsewhere, and
     * none without places (anywhere, or willing to relocate).
     */
    public static Set<String> countriesElsewhere(List<PreferredLocation> places) {
        Set<String> theirs = new HashSet<>();
        for (PreferredLocation place : places) {
            Optional<String> code = place.location() == null ? Optional.empty()
                    : Countries.code(place.location().country());
            if (code.isEmpty()) {
                return Set.of();
            }
            theirs.add(code.get());
        }
        return theirs.isEmpty() ? Set.of() : Countries.writtenOtherThan(theirs);
    }

    private static double closeness(PreferredLocation place, Location job) {
        Location home = place.location();
        if (home == null) {
            return 0;
        }
        int radius = place.radiusKm() == null ? DEFAULT_RADIUS_KM : place.radiusKm();
        if (home.latitude() != null && home.longitude() != null && job.latitude() != null && job.longitude() != null) {
            double km = distanceKm(home, job);
            return km <= radius ? 100 - 10 * km / Math.max(radius, 1) : Math.max(ELSEWHERE, 90 * radius / km);
        }
        boolean sameCountry = home.country() == null || job.country() == null || Countries.same(home.country(), job.country());
        if (sameCountry && Terms.sameTerm(home.city(), job.city())) {
            return 100;
        }
        if (sameCountry && Terms.sameTerm(home.region(), job.region())) {
            return SAME_REGION;
        }
        return Countries.same(home.country(), job.country()) ? SAME_COUNTRY : ELSEWHERE;
    }

    static double distanceKm(Location a, Location b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
