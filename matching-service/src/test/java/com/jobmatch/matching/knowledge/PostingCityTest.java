package com.jobmatch.matching.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostingCityTest {

    @Test
    void theFirstPartOfAOneLinePlaceIsItsCityUnlessItIsACountryARegionAloneOrRemoteWork() {
        assertEquals(Optional.of("Seattle"), PostingCity.of("Seattle, Washington, US", "US"));
        assertEquals(Optional.of("New York"), PostingCity.of("New York, NY 10001", null));
        assertEquals(Optional.of("Washington"), PostingCity.of("Washington, DC", "US"), "the city, not the state");
        assertEquals(Optional.of("Berlin"), PostingCity.of("Berlin, Germany", "DE"));
        assertEquals(Optional.of("Munich"), PostingCity.of("Munich (Hybrid), Bavaria", "DE"));
        assertEquals(Optional.empty(), PostingCity.of("Remote (US)", "US"));
        assertEquals(Optional.empty(), PostingCity.of("Seattle, WA (Remote)", "US"), "remote work has no city to be near");
        assertEquals(Optional.empty(), PostingCity.of("Texas, US", "US"), "a state alone");
        assertEquals(Optional.empty(), PostingCity.of("Ontario", "CA"));
        assertEquals(Optional.empty(), PostingCity.of("Germany", null), "a country alone");
        assertEquals(Optional.empty(), PostingCity.of("98101", "US"));
        assertEquals(Optional.empty(), PostingCity.of(null, "US"));
    }
}
