package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.catalogue.Job;
import com.jobmatch.matching.catalogue.JobProfiles;
import com.jobmatch.matching.catalogue.JobRepository;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking's SQL read of job profiles gives exactly what the catalogue's entity mapping gives (scoring's reads
 * leave the description out), and a profile kept in memory is used only for the job version it was read at.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class JobProfileStoreTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    JobProfileStore store;
    @Inject
    JobRepository jobs;

    @Test
    void loadsProfilesInTheGivenOrderAsTheEntityMappingDoes() {
        Catalogue catalogue = new Catalogue(dataSource);
        catalogue.clear();
        catalogue.skill("java", "Java");
        catalogue.skill("kafka", "Kafka");
        UUID first = catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", Catalogue.vector(0, 1, 0.3),
                new String[] {"java"}, new String[] {"kafka"});
        UUID second = catalogue.job("Line Cook", "Bistro", null, "ONSITE", null, new String[0], new String[0]);
        catalogue.execute("UPDATE jobs SET ai_employment_type = '{FULL_TIME,CONTRACT}', ai_salary_minvalue = 50000, "
                + "ai_salary_currency = 'EUR', ai_visa_sponsorship = true, required_certifications = '{CPR}' WHERE id = '%s'"
                .formatted(first));

        var loaded = store.load(List.of(second, UUID.randomUUID(), first));

        assertEquals(List.of(second, first), List.copyOf(loaded.keySet()));
        for (UUID id : List.of(first, second)) {
            JobProfile expected = QuarkusTransaction.requiringNew().call(() -> {
                Job job = jobs.findById(id);
                return JobProfiles.of(job, jobs.skills(id));
            });
            assertEquals(expected, store.find(id).orElseThrow());
            assertEquals(withoutDescription(expected), loaded.get(id));
        }
    }

    @Test
    void aProfileKeptInMemoryServesOnlyTheJobVersionItWasReadAt() {
        Catalogue catalogue = new Catalogue(dataSource);
        catalogue.clear();
        catalogue.skill("java", "Java");
        UUID id = catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", null, new String[] {"java"}, new String[0]);
        Map<UUID, Instant> read = versions(id);
        assertEquals("Backend Engineer", store.load(read).get(id).title());

        // The same version again comes from memory: a change that (with the trigger off) left updated_at alone is not seen.
        catalogue.execute("ALTER TABLE jobs DISABLE TRIGGER jobs_updated_at");
        try {
            catalogue.execute("UPDATE jobs SET title = 'Unseen' WHERE id = '%s'".formatted(id));
        } finally {
            catalogue.execute("ALTER TABLE jobs ENABLE TRIGGER jobs_updated_at");
        }
        assertEquals(read, versions(id));
        assertEquals("Backend Engineer", store.load(read).get(id).title());

        // A real change moves the version, and the job is read again.
        catalogue.execute("UPDATE jobs SET title = 'Platform Engineer' WHERE id = '%s'".formatted(id));
        Map<UUID, Instant> changed = versions(id);
        assertNotEquals(read, changed);
        assertEquals("Platform Engineer", store.load(changed).get(id).title());
        assertEquals(List.of("java"), store.load(changed).get(id).requiredSkills().stream().map(s -> s.skillId()).toList());

        // A job deleted meanwhile is left out.
        catalogue.execute("DELETE FROM jobs WHERE id = '%s'".formatted(id));
        assertTrue(store.load(Map.of(id, Instant.EPOCH)).isEmpty());
    }

    private Map<UUID, Instant> versions(UUID id) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT updated_at FROM jobs WHERE id = '%s'".formatted(id))) {
            row.next();
            return Map.of(id, row.getTimestamp(1).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JobProfile withoutDescription(JobProfile p) {
        return new JobProfile(p.jobId(), p.externalId(), p.title(), p.company(), null, p.requiredSkills(),
                p.preferredSkills(), p.experience(), p.experienceLevel(), p.minimumEducation(), p.requiredCertifications(),
                p.location(), p.workArrangement(), p.employmentTypes(), p.salary(), p.industries(), p.collarType(),
                p.visaSponsorship(), p.minimumExperienceIsHard());
    }
}
