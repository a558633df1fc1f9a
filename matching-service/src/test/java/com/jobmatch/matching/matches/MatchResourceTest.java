package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.UnknownJobData;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.testing.Profiles;
import com.jobmatch.matching.knowledge.KnowledgeStore;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.FakeServices;
import org.junit.jupiter.api.AfterEach;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class MatchResourceTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KnowledgeStore knowledge;

    Catalogue catalogue;
    UUID backend;
    UUID cook;
    UUID excluded;

    @BeforeEach
    void catalogue() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        catalogue.skill("java", "Java");
        catalogue.skill("postgresql", "PostgreSQL", "postgres");
        catalogue.skill("kubernetes", "Kubernetes", "k8s");
        catalogue.skill("docker", "Docker");
        catalogue.skill("kafka", "Kafka");
        catalogue.skill("cooking", "Cooking");
        knowledge.reload();
        backend = catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", vector(0, 1, 0.3),
                new String[] {"java", "postgresql", "kubernetes"}, new String[] {"kafka"});
        cook = catalogue.job("Line Cook", "Bistro", "Berlin", "ONSITE", vector(5, 6, 0.2),
                new String[] {"cooking"}, new String[0]);
        excluded = catalogue.job("Java Developer", "Evil Corp", "Berlin", "HYBRID", vector(0, 1, 0.2),
                new String[] {"java"}, new String[0]);
        Catalogue.stubProfile(RESUME, Profiles.candidate(OWNER, RESUME, Profiles.javaPostgresDocker()));
        Catalogue.stubPreferences(OWNER, new CandidatePreferences(OWNER, List.of("Backend Engineer"), List.of(),
                List.of(), Set.of(), Set.of(), null, false, false, List.of(), List.of(), List.of("Evil Corp"), 60, null));
        Catalogue.stubEmbedding(vector(0, 1, 0.25));
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    private ValidatableResponse matches(String token, String query) {
        return given().header("Authorization", "Bearer " + token).when().get("/api/matches?" + query).then();
    }

    @Test
    void ranksJobsForMyResumeWithoutExcludedCompaniesAndStoresThem() {
        matches(TestTokens.candidate(OWNER), "resumeId=" + RESUME)
                .statusCode(200)
                .body("items[0].jobId", equalTo(backend.toString()))
                .body("items[0].title", equalTo("Backend Engineer"))
                .body("items.jobId", not(hasItem(excluded.toString())))
                .body("items.jobId", hasItem(cook.toString()))
                .body("items[0].keyAlignments", hasItem("Java"))
                .body("items[0].potentialGaps", hasItem("Kubernetes"))
                // What the score means, from the shipped calibration: a share between 0 and 1, higher for the better match.
                .body("items[0].fitChance", org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThan(0f))
                        .and(org.hamcrest.Matchers.lessThanOrEqualTo(1f)))
                .body("items[1].fitChance", org.hamcrest.Matchers.lessThanOrEqualTo(
                        matches(TestTokens.candidate(OWNER), "resumeId=" + RESUME).extract().<Float>path("items[0].fitChance")))
                .body("total", equalTo(2));
        assertEquals(2, catalogue.count("SELECT count(*) FROM user_job_matches WHERE resume_id = '" + RESUME + "'"));
        matches(TestTokens.candidate(OWNER), "resumeId=" + RESUME + "&minScore=60")
                .statusCode(200).body("items.jobId", not(hasItem(cook.toString())));
    }

    @Test
    void aJobThatDoesNotStateAFilteredFieldIsTreatedAsThePersonChose() {
        // The best-fitting job of all, but it does not say whether it is remote, hybrid or on site.
        UUID unstated = catalogue.job("Java Backend Engineer", "Quiet GmbH", "Berlin", null, vector(0, 1, 0.3),
                new String[] {"java", "postgresql", "docker"}, new String[0]);
        String token = TestTokens.candidate(OWNER);
        for (UnknownJobData choice : UnknownJobData.values()) {
            Catalogue.stubPreferences(OWNER, new CandidatePreferences(OWNER, List.of(), List.of(), List.of(),
                    Set.of(WorkArrangement.HYBRID, WorkArrangement.ONSITE), Set.of(), null, false, false, List.of(),
                    List.of(), List.of(), 60, choice));
            ValidatableResponse ranked = matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200);
            switch (choice) {
                case EXCLUDE -> ranked.body("items.jobId", not(hasItem(unstated.toString())));
                case RANK_BELOW -> {
                    ranked.body("items[-1].jobId", equalTo(unstated.toString()))
                            .body("items[-1].unstatedFilters", equalTo(List.of("work arrangement")));
                    List<List<String>> flags = ranked.extract().path("items.unstatedFilters");
                    assertTrue(flags.subList(0, flags.size() - 1).stream().allMatch(List::isEmpty), flags.toString());
                    List<Float> scores = ranked.extract().path("items.overallScore");
                    assertTrue(scores.getLast() > scores.get(scores.size() - 2),
                            "below the cook's job although it scores higher: " + scores);
                }
                case INCLUDE -> {
                    ranked.body("items.find { it.jobId == '%s' }.unstatedFilters".formatted(unstated),
                            equalTo(List.of("work arrangement")));
                    List<Float> scores = ranked.extract().path("items.overallScore");
                    assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores,
                            "ranked among the others by score alone");
                }
            }
        }
        given().header("Authorization", "Bearer " + token).when().get("/api/matches/" + RESUME + "/jobs/" + unstated)
                .then().statusCode(200).body("unstatedFilters", equalTo(List.of("work arrangement")));
    }

    @Test
    void aRemoteJobWorkedFromAnotherCountryIsLeftOutForSomeoneWhoWillNotMove() {
        String[] skills = {"java", "postgresql", "docker"};
        UUID inTheUs = catalogue.job("Remote Java Engineer", "Faraway Inc", null, "REMOTE", vector(0, 1, 0.3), skills,
                new String[0]);
        UUID inGermany = catalogue.job("Remote Java Engineer", "Nearby GmbH", null, "REMOTE", vector(0, 1, 0.3), skills,
                new String[0]);
        UUID fromAnywhere = catalogue.job("Remote Java Engineer", "Anywhere Ltd", null, "REMOTE", vector(0, 1, 0.3),
                skills, new String[0]);
        UUID unstated = catalogue.job("Java Engineer", "Somewhere Corp", null, null, vector(0, 1, 0.3), skills,
                new String[0]);
        catalogue.execute("UPDATE jobs SET country = 'U.S.' WHERE id = '" + inTheUs + "'");
        catalogue.execute("UPDATE jobs SET country = 'Germany' WHERE id = '" + inGermany + "'");
        catalogue.execute("UPDATE jobs SET country = NULL WHERE id = '" + fromAnywhere + "'");
        catalogue.execute("UPDATE jobs SET country = 'US' WHERE id = '" + unstated + "'");
        String token = TestTokens.candidate(OWNER);

        livesIn(new Location("Berlin", null, "DE", null, null), false);
        matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200)
                .body("items.jobId", not(hasItem(inTheUs.toString())))
                .body("items.jobId", hasItem(inGermany.toString()))
                .body("items.jobId", hasItem(fromAnywhere.toString()))
                // not known to be remote (nor where it is): shown below, as the person chose for unstated fields
                .body("items.jobId", hasItem(unstated.toString()));

        // where they live is not known as a country: whether the US job is open to them cannot be told
        livesIn(new Location("Berlin", null, null, null, null), false);
        matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200)
                .body("items.jobId", hasItem(inTheUs.toString()));

        // willing to move: every place is open
        livesIn(new Location("Berlin", null, "DE", null, null), true);
        matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200)
                .body("items.jobId", hasItem(inTheUs.toString()));
    }

    @Test
    void aJobInACityOfTheSameNameInAnotherCountryIsAnotherPlace() {
        String[] skills = {"java", "postgresql", "docker"};
        UUID inNewHampshire = catalogue.job("Java Engineer", "Granite Mills", "Berlin", "ONSITE", vector(0, 1, 0.3),
                skills, new String[0]);
        catalogue.execute("UPDATE jobs SET country = 'USA' WHERE id = '" + inNewHampshire + "'");
        String token = TestTokens.candidate(OWNER);

        livesIn(new Location("Berlin", null, "Germany", null, null), false);
        matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200)
                .body("items.jobId", not(hasItem(inNewHampshire.toString())))
                .body("items.jobId", hasItem(backend.toString()));  // Berlin, DE

        // their country unknown: the same city name is all there is to go on
        livesIn(new Location("Berlin", null, null, null, null), false);
        matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200)
                .body("items.jobId", hasItem(inNewHampshire.toString()));
    }

    @Test
    void aJobInACityOfTheSameNameInAnotherStateIsAnotherPlace() {
        String[] skills = {"java", "postgresql", "docker"};
        UUID inOregon = catalogue.job("Java Engineer", "Rose Mills", "Portland", "ONSITE", vector(0, 1, 0.3),
                skills, new String[0]);
        UUID inMaine = catalogue.job("Java Engineer", "Pine Mills", "Portland", "ONSITE", vector(0, 1, 0.3),
                skills, new String[0]);
        UUID stateUnstated = catalogue.job("Java Engineer", "Harbour Mills", "Portland", "ONSITE", vector(0, 1, 0.3),
                skills, new String[0]);
        catalogue.execute("UPDATE jobs SET country = 'US', region = 'Oregon' WHERE id = '" + inOregon + "'");
        catalogue.execute("UPDATE jobs SET country = 'US', region = 'ME' WHERE id = '" + inMaine + "'");
        catalogue.execute("UPDATE jobs SET country = 'US', region = NULL WHERE id = '" + stateUnstated + "'");
        String token = TestTokens.candidate(OWNER);

        livesIn(new Location("Portland", "Maine", "US", null, null), false);
        matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200)
                .body("items.jobId", not(hasItem(inOregon.toString())))
                .body("items.jobId", hasItem(inMaine.toString()))
                .body("items.jobId", hasItem(stateUnstated.toString()));

        // their state unknown: the city's name is all there is to go on
        livesIn(new Location("Portland", null, "US", null, null), false);
        matches(token, "resumeId=" + RESUME + "&refresh=true").statusCode(200)
                .body("items.jobId", hasItem(inOregon.toString()));
    }

    private static void livesIn(Location home, boolean willingToRelocate) {
        Catalogue.stubPreferences(OWNER, new CandidatePreferences(OWNER, List.of(), List.of(),
                List.of(new PreferredLocation(home, 30)), Set.of(), Set.of(), null, willingToRelocate, false, List.of(),
                List.of(), List.of(), 60, UnknownJobData.RANK_BELOW));
    }

    @Test
    void explainsOneJobWithEvidenceGapsAndCounterfactuals() {
        given().header("Authorization", "Bearer " + TestTokens.candidate(OWNER))
                .when().get("/api/matches/" + RESUME + "/jobs/" + backend)
                .then().statusCode(200)
                .body("match.overallScore", org.hamcrest.Matchers.greaterThan(50f))
                .body("fitChance", org.hamcrest.Matchers.greaterThan(0.3f))
                .body("match.semanticAvailable", equalTo(true))
                .body("match.matchedSkills.find { it.skillId == 'java' }.evidence.text", equalTo("Built Java services at Acme"))
                .body("match.missingRequiredSkills.skillId", hasItem("kubernetes"))
                .body("match.reasons", hasItem("Has 2 of 3 required skills"))
                .body("match.missingPreferredSkills.skillId", hasItem("kafka"))
                .body("match.extraSkills.skillId", hasItem("docker"))
                .body("match.improvements[0].action", containsString("Kubernetes would add"))
                .body("match.weights.skills", equalTo(0.24f))
                .body("weightsVariant", equalTo("default"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM matching_metadata.match_explanations WHERE job_id = '"
                + backend + "' AND resume_id = '" + RESUME + "'"));
    }

    @Test
    void aProductIsRelatedEvidenceOfTheSkillItIsNamedAfter() {
        // bench/five-resume-check.sh: a web developer listing SQL Server was told "SQL" was missing
        catalogue.skill("sql", "SQL");
        catalogue.skill("sql-server", "SQL Server");
        knowledge.reload();
        UUID data = catalogue.job("Data Engineer", "Initech", "Berlin", "HYBRID", vector(0, 1, 0.3),
                new String[] {"sql", "java"}, new String[0]);
        UUID resume = UUID.randomUUID();
        Catalogue.stubProfile(resume, Profiles.candidate(OWNER, resume, List.of(
                Profiles.skill("java", "Java", "Built Java services at Acme"),
                Profiles.skill("sql-server", "SQL Server", "Tuned SQL Server 2016 queries"))));
        given().header("Authorization", "Bearer " + TestTokens.candidate(OWNER))
                .when().get("/api/matches/" + resume + "/jobs/" + data)
                .then().statusCode(200)
                .body("match.matchedSkills.find { it.skillId == 'sql' }.matchType", equalTo("SIMILAR"))
                .body("match.matchedSkills.find { it.skillId == 'sql' }.candidateSkillId", equalTo("sql-server"))
                .body("match.reasons", hasItem("Has 1 of 2 required skills"));
    }

    @Test
    void worksWithoutAiServiceAndSaysSo() {
        Catalogue.removeStubs();
        // A version not embedded before (an embedded one is kept and would not need ai-service).
        Catalogue.stubProfile(RESUME, Profiles.version(Profiles.candidate(OWNER, RESUME, Profiles.javaPostgresDocker()),
                2, "Backend engineer with Java, PostgreSQL and Docker"));
        Catalogue.stubAiDown();
        matches(TestTokens.candidate(OWNER), "resumeId=" + RESUME)
                .statusCode(200)
                .body("items.semanticScore", everyItem(nullValue()))
                .body("items.jobId", hasItem(backend.toString()));
        given().header("Authorization", "Bearer " + TestTokens.candidate(OWNER))
                .when().get("/api/matches/" + RESUME + "/jobs/" + backend)
                .then().statusCode(200).body("match.semanticAvailable", equalTo(false));
    }

    /**
     * While resume-service is still parsing a resume (it answers 409, no data yet), its matches are "not ready"
     * (202 problem+json with Retry-After), never 503; and many such answers (a batch being parsed) leave the
     * circuit breaker closed, so other resumes' matches keep working.
     */
    @Test
    void aResumeStillBeingParsedIsNotReadyRatherThanUnavailable() {
        UUID parsing = UUID.randomUUID();
        Catalogue.stubProfileNotReady(parsing);
        for (int i = 0; i < 12; i++) {
            matches(TestTokens.candidate(OWNER), "resumeId=" + parsing)
                    .statusCode(202)
                    .contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("title", equalTo("Resume not ready"))
                    .body("detail", containsString("still being processed"));
        }
        matches(TestTokens.candidate(OWNER), "resumeId=" + RESUME).statusCode(200)
                .body("items[0].jobId", equalTo(backend.toString()));
    }

    @Test
    void onlyTheOwnerSeesMatches() {
        matches(TestTokens.candidate(UUID.randomUUID()), "resumeId=" + RESUME).statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID()))
                .when().get("/api/matches/" + RESUME + "/jobs/" + backend).then().statusCode(404);
        matches(TestTokens.recruiter(UUID.randomUUID()), "resumeId=" + RESUME).statusCode(403);
        given().when().get("/api/matches?resumeId=" + RESUME).then().statusCode(401);
        for (String broken : List.of(TestTokens.expired(OWNER), TestTokens.wrongIssuer(OWNER),
                TestTokens.signedByUntrustedKey(OWNER), TestTokens.tampered(OWNER), TestTokens.algNone(OWNER))) {
            matches(broken, "resumeId=" + RESUME).statusCode(401);
        }
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_job_matches"));
    }

    @Test
    void badQueriesAreProblemJsonNamingTheField() {
        matches(TestTokens.candidate(OWNER), "resumeId=nope").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("resumeId"));
        matches(TestTokens.candidate(OWNER), "page=0").statusCode(400).body("errors[0].field", equalTo("resumeId"));
        matches(TestTokens.candidate(OWNER), "resumeId=" + RESUME + "&sort=magic").statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        matches(TestTokens.candidate(OWNER), "resumeId=" + RESUME + "&size=1000").statusCode(400)
                .body("errors[0].field", equalTo("size"));
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_job_matches"));
    }

    /**
     * Issue 18: the first ranking scores the 40 nearest jobs; paging on reaches every job that passes the filters.
     * The walk is done twice: the first walk deepens the ranking page by page (and, sorted by score, a job found
     * deeper can move ahead of ones already shown: a known limit, see the README), the second reads it as stored.
     */
    @Test
    void pagingReachesEveryMatchBeyondTheFirst40() {
        java.util.Set<UUID> created = new java.util.HashSet<>(List.of(backend, cook));
        for (int i = 0; i < 60; i++) {
            created.add(catalogue.job("Java Engineer " + i, "Company " + i, "Berlin", "HYBRID",
                    vector(0, 1, 0.01 * (i % 50)), new String[] {"java"}, new String[0]));
        }
        String token = TestTokens.candidate(OWNER);
        walk(token, new java.util.LinkedHashSet<>());
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        int total = walk(token, seen);
        assertEquals(62, total, "every job but the excluded company's is a match");
        assertEquals(created.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()), seen);
        assertTrue(catalogue.count("SELECT count(*) FROM user_job_matches WHERE resume_id = '" + RESUME + "'") > 40);
        // A page past the end is empty, not an error.
        matches(token, "resumeId=" + RESUME + "&size=20&page=5").statusCode(200).body("items.size()", equalTo(0))
                .body("total", equalTo(62));
    }

    /** Pages through the matches, 20 a page, while total names a next page; returns the last total. */
    private int walk(String token, java.util.Set<String> seen) {
        int page = 0;
        int total;
        do {
            ValidatableResponse response = matches(token, "resumeId=" + RESUME + "&size=20&page=" + page).statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(20));
            total = response.extract().path("total");
            List<String> ids = response.extract().path("items.jobId");
            assertTrue(ids.size() <= 20, ids.toString());
            seen.addAll(ids);
            page++;
        } while (page * 20 < total && page < 10);
        return total;
    }
}
