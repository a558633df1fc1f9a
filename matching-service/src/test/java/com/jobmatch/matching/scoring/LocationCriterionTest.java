package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.WorkArrangement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocationCriterionTest {

    private static final Location REMOTE_US = new Location(null, "Washington", "US", null, null);

    private static List<PreferredLocation> livesIn(String city, String country) {
        return List.of(new PreferredLocation(new Location(city, null, country, null, null), null));
    }

    @Test
    void aRemoteJobThatNamesNoCountryFitsEveryoneAnywhere() {
        assertEquals(100.0, LocationCriterion.score(List.of(), null, WorkArrangement.REMOTE, false));
        assertEquals(100.0, LocationCriterion.score(livesIn("Berlin", "Germany"), new Location(null, null, "Remote", null,
                null), WorkArrangement.REMOTE, false), "a country that reads as none names none");
    }

    @Test
    void aRemoteJobInACountryFitsThoseWhoLiveThereAndIsUnknownForThoseWhoseHomeIsUnknown() {
        // The five-resume developer names no place: a "Remote (US)" analyst post had location 100 and outranked
        // software posts whose location was unknown to him.
        assertNull(LocationCriterion.score(List.of(), REMOTE_US, WorkArrangement.REMOTE, false));
        assertEquals(100.0, LocationCriterion.score(livesIn("Austin", "United States"), REMOTE_US, WorkArrangement.REMOTE, false));
        assertEquals(100.0, LocationCriterion.score(livesIn("Denver", "U.S.A."), REMOTE_US, WorkArrangement.REMOTE, false));
        assertEquals(LocationCriterion.ELSEWHERE, LocationCriterion.score(livesIn("Berlin", "Germany"), REMOTE_US,
                WorkArrangement.REMOTE, false));
        assertEquals(LocationCriterion.RELOCATION_FLOOR, LocationCriterion.score(livesIn("Berlin", "Germany"), REMOTE_US,
                WorkArrangement.REMOTE, true));
        // A home whose country is not written, or not read as one, is not known to be elsewhere.
        assertEquals(100.0, LocationCriterion.score(livesIn("Springfield", null), REMOTE_US, WorkArrangement.REMOTE, false));
        assertEquals(100.0, LocationCriterion.score(livesIn("Leeds", "England"), REMOTE_US, WorkArrangement.REMOTE, false));
    }

    @Test
    void aCountryWrittenAsItsNameIsTheCountryOfItsCode() {
        Location berlin = new Location("Berlin", "Berlin", "DE", null, null);
        assertEquals(LocationCriterion.SAME_COUNTRY, LocationCriterion.score(livesIn("Munich", "Germany"), berlin,
                WorkArrangement.ONSITE, false), "Germany is DE");
        assertEquals(LocationCriterion.ELSEWHERE, LocationCriterion.score(livesIn("Paris", "France"), berlin,
                WorkArrangement.ONSITE, false));
        assertEquals(LocationCriterion.SAME_COUNTRY, LocationCriterion.score(livesIn("Glasgow", "UK"),
                new Location("London", "England", "GB", null, null), WorkArrangement.HYBRID, false));
    }

    @Test
    void aCityOfTheSameNameInAnotherStateIsAnotherPlace() {
        List<PreferredLocation> portlandMaine = List.of(new PreferredLocation(new Location("Portland", "ME", "US", null,
                null), null));
        Location portlandOregon = new Location("Portland", "OR", "US", null, null);
        assertEquals(LocationCriterion.SAME_COUNTRY, LocationCriterion.score(portlandMaine, portlandOregon,
                WorkArrangement.ONSITE, false), "Portland, OR is 5,000 km from Portland, ME");
        assertTrue(LocationCriterion.judge(portlandMaine, portlandOregon, WorkArrangement.ONSITE, false).reasons()
                .getFirst().contains("in the candidate's country but not near Portland, ME, US"));
        assertEquals(100.0, LocationCriterion.score(portlandMaine, new Location("Portland", "Maine", null, null, null),
                WorkArrangement.ONSITE, false), "a state by its name is the state of its code");
        assertEquals(100.0, LocationCriterion.score(portlandMaine, new Location("Portland", null, "US", null, null),
                WorkArrangement.ONSITE, false), "a job that names no state is not known to be elsewhere");
        assertEquals(LocationCriterion.SAME_REGION, LocationCriterion.score(List.of(new PreferredLocation(
                new Location("Tacoma", "Washington", "United States", null, null), null)),
                new Location("Redmond", "WA", "US", null, null), WorkArrangement.HYBRID, false), "WA is Washington");
        assertEquals(100.0, LocationCriterion.score(List.of(new PreferredLocation(new Location("Munich", "Bavaria",
                "DE", null, null), null)), new Location("Munich", "Bayern", "DE", null, null), WorkArrangement.ONSITE,
                false), "regions no table reads are not known to differ");

        assertTrue(LocationCriterion.regionsElsewhere(portlandMaine.getFirst()).containsAll(List.of("or", "oregon")));
        assertFalse(LocationCriterion.regionsElsewhere(portlandMaine.getFirst()).contains("maine"));
        assertTrue(LocationCriterion.regionsElsewhere(new PreferredLocation(new Location("Munich", "Bavaria", "DE",
                null, null), null)).isEmpty());
    }

    @Test
    void theCountriesElsewhereAreEveryOtherWhenEachPlacesCountryIsKnown() {
        var closed = LocationCriterion.countriesElsewhere(livesIn("Berlin", "Germany"));
        assertTrue(closed.containsAll(List.of("us", "usa", "united states", "fr", "uk", "gb")), closed.toString());
        assertFalse(closed.contains("de") || closed.contains("deu") || closed.contains("germany"), "their own country");
        var two = LocationCriterion.countriesElsewhere(List.of(livesIn("Berlin", "DE").getFirst(),
                livesIn("Vienna", "Austria").getFirst()));
        assertFalse(two.contains("austria") || two.contains("germany"), "either place's country is open");
        assertTrue(LocationCriterion.countriesElsewhere(List.of()).isEmpty(), "no place: anywhere");
        assertTrue(LocationCriterion.countriesElsewhere(livesIn("Leeds", "England")).isEmpty(),
                "a country not read as one: nothing is known to be elsewhere");
        assertTrue(LocationCriterion.countriesElsewhere(List.of(livesIn("Berlin", "Germany").getFirst(),
                livesIn("Springfield", null).getFirst())).isEmpty(), "one place of unknown country opens every one");
    }

    @Test
    void theScoreSaysWhereTheJobIsAgainstWhereThePersonWorksFrom() {
        // Seattle to Bellevue is about 10 km, a quarter of the 40 km the person set: 100 - 10 * 10 / 40.
        var seattle = List.of(new PreferredLocation(new Location("Seattle", "WA", "US", 47.6062, -122.3321), 40));
        Judgement near = LocationCriterion.judge(seattle, new Location("Bellevue", "WA", "US", 47.6101, -122.2015),
                WorkArrangement.HYBRID, false);
        assertEquals("Location score 98 of 100: Bellevue, WA, US is 10 km from Seattle, WA, US, inside the 40 km the candidate set",
                near.reasons().getFirst());
        assertEquals(97.5, near.score(), 0.1);
        Judgement abroad = LocationCriterion.judge(livesIn("Berlin", "Germany"), REMOTE_US, WorkArrangement.REMOTE, true);
        assertEquals("Location score 60 of 100: remote, worked from US, not where the candidate works from (Berlin, Germany); "
                + "the candidate is willing to relocate, so it counts 60", abroad.reasons().getFirst());
        assertEquals("Location score 50 of 100: Berlin, Berlin, DE, in the candidate's country but not near Munich, Germany",
                LocationCriterion.judge(livesIn("Munich", "Germany"), new Location("Berlin", "Berlin", "DE", null, null),
                        WorkArrangement.ONSITE, false).reasons().getFirst());
        Judgement unknown = LocationCriterion.judge(List.of(), new Location("Austin", "TX", "US", null, null),
                WorkArrangement.ONSITE, false);
        assertNull(unknown.score());
        assertEquals("Location not scored: the candidate names no place to compare with Austin, TX, US", unknown.reasons().getFirst());
        assertEquals("Location score 100 of 100: remote, worked from US, and the candidate's country is not known to be "
                + "another", LocationCriterion.judge(livesIn("Springfield", null), REMOTE_US, WorkArrangement.REMOTE, false)
                .reasons().getFirst());
        assertEquals("Location score 100 of 100: remote, from anywhere",
                LocationCriterion.judge(List.of(), null, WorkArrangement.REMOTE, false).reasons().getFirst());
    }
}
