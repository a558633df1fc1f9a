package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.knowledge.Countries;
import com.jobmatch.matching.knowledge.Regions;
import com.jobmatch.matching.knowledge.Terms;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        return judge(places, job, arrangement, willingToRelocate).score();
    }

    /**
     * The score with the sentence that says where the job is against where the person works from ("Location score
     * 98 of 100: Bellevue, WA, US is 10 km from Seattle, WA, US, inside the 40 km the candidate set"), or why there is nothing to compare.
     */
    static Judgement judge(List<PreferredLocation> places, Location job, WorkArrangement arrangement,
                           boolean willingToRelocate) {
        if (arrangement == WorkArrangement.REMOTE) {
            return remote(places, job, willingToRelocate);
        }
        if (job == null) {
            return Judgement.noData("Location not scored: the job states no place");
        }
        if (places.isEmpty()) {
            return Judgement.noData("Location not scored: the candidate names no place to compare with " + named(job));
        }
        Nearness best = null;
        for (PreferredLocation place : places) {
            Nearness near = closeness(place, job);
            if (best == null || near.score() > best.score()) {
                best = near;
            }
        }
        boolean relocation = willingToRelocate && best.score() < RELOCATION_FLOOR;
        double score = relocation ? RELOCATION_FLOOR : best.score();
        return Judgement.of(score, "Location score %d of 100: %s%s".formatted(Math.round(score), best.how(),
                relocation ? RELOCATING : ""));
    }

    private static final String RELOCATING = "; the candidate is willing to relocate, so it counts %d"
            .formatted(Math.round(RELOCATION_FLOOR));

    /** How near a job is to one of the person's places, and that said in words. */
    private record Nearness(double score, String how) {
    }

    /**
     * A remote job that names a country is worked from there (residence and the right to work in it), so it fits a
     * person who lives there or whose country is not known to be another; where the person lives is unknown, so is the
     * fit. Counting it as 100 for everyone told a job seeker in Germany that a "Remote (US)" post was where they live,
     * and ranked it above located posts for a resume that names no place (bench/README.md "Runs of session 29").
     */
    private static Judgement remote(List<PreferredLocation> places, Location job, boolean willingToRelocate) {
        if (job == null || Countries.code(job.country()).isEmpty()) {
            return Judgement.of(100, "Location score 100 of 100: remote, from anywhere");
        }
        String worked = "remote, worked from " + job.country();
        List<Location> homes = places.stream().map(PreferredLocation::location).filter(Objects::nonNull).toList();
        if (homes.isEmpty()) {
            return Judgement.noData("Location not scored: " + worked + ", and where the candidate works from is not known");
        }
        if (homes.stream().anyMatch(home -> Countries.same(home.country(), job.country()))) {
            return Judgement.of(100, "Location score 100 of 100: " + worked + ", where the candidate works from");
        }
        if (homes.stream().anyMatch(home -> !Countries.differ(home.country(), job.country()))) {
            return Judgement.of(100, "Location score 100 of 100: " + worked
                    + ", and the candidate's country is not known to be another");
        }
        double score = willingToRelocate ? RELOCATION_FLOOR : ELSEWHERE;
        return Judgement.of(score, "Location score %d of 100: %s, not where the candidate works from (%s)%s".formatted(
                Math.round(score), worked, named(homes.getFirst()), willingToRelocate ? RELOCATING : ""));
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

    /**
     * The hard filters' side of the same-city rule in {@link #closeness}: every written form (lower case, without
     * dots) of the other regions of the place's country, where a city of its name is another place ("or", "oregon"
     * for Portland, ME). None when the place's region is not read ({@link Regions}).
     */
    public static Set<String> regionsElsewhere(PreferredLocation place) {
        Location home = place.location();
        return home == null ? Set.of() : Regions.writtenOtherThan(home.region(), home.country());
    }

    private static Nearness closeness(PreferredLocation place, Location job) {
        Location home = place.location();
        if (home == null) {
            return new Nearness(0, named(job) + ", and where the candidate works from is not known");
        }
        int radius = place.radiusKm() == null ? DEFAULT_RADIUS_KM : place.radiusKm();
        if (home.latitude() != null && home.longitude() != null && job.latitude() != null && job.longitude() != null) {
            double km = distanceKm(home, job);
            String how = "%s is %d km from %s, %s the %d km the candidate set".formatted(named(job), Math.round(km), named(home),
                    km <= radius ? "inside" : "beyond", radius);
            return new Nearness(km <= radius ? 100 - 10 * km / Math.max(radius, 1) : Math.max(ELSEWHERE, 90 * radius / km),
                    how);
        }
        boolean sameCountry = home.country() == null || job.country() == null || Countries.same(home.country(), job.country());
        // Portland, OR is not Portland, ME: a city of the same name is the same place only in a region not known to differ.
        boolean sameRegion = !Regions.differ(home.region(), job.region(), home.country(), job.country());
        if (sameCountry && sameRegion && Terms.sameTerm(home.city(), job.city())) {
            return new Nearness(100, named(job) + ", the candidate's city");
        }
        if (sameCountry && Regions.same(home.region(), job.region(), home.country(), job.country())) {
            return new Nearness(SAME_REGION, named(job) + ", in the candidate's region (" + home.region() + ")");
        }
        return Countries.same(home.country(), job.country())
                ? new Nearness(SAME_COUNTRY, named(job) + ", in the candidate's country but not near " + named(home))
                : new Nearness(ELSEWHERE, named(job) + ", away from where the candidate works from (" + named(home) + ")");
    }

    /** A place as written: "Seattle, WA, US", or the country alone. */
    private static String named(Location place) {
        String written = Stream.of(place.city(), place.region(), place.country())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        return written.isEmpty() ? "a place not named" : written;
    }

    static double distanceKm(Location a, Location b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
