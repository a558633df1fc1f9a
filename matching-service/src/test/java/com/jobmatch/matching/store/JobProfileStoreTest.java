package com.jobmatch.matching.store;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.domain.Job;
import com.jobmatch.matching.domain.JobProfiles;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ranking's SQL read of job profiles gives exactly what the catalogue's entity mapping gives. */
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
            assertEquals(expected, loaded.get(id));
        }
    }
}
