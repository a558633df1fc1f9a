package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.contract.model.Vectors;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.scoring.EmbeddingCentre;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The stored centre and each job's direction from it (V24), which retrieval's index orders by: they must be what
 * scoring computes in Java, and the centre is the configured reference whatever the catalogue holds (the tests'
 * reference, src/test/resources/scoring/test-reference-centre.tsv, is checked on every use).
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class EmbeddingCentreStoreTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EmbeddingCentreStore centres;

    @Test
    void jobsKeepTheirDirectionFromTheStoredCentre() {
        Catalogue catalogue = new Catalogue(dataSource);
        catalogue.clear();
        float[] nurse = Catalogue.vector(0, 1, 0.3);
        float[] developer = Catalogue.vector(0, 2, 0.3);
        UUID first = catalogue.job("Nurse", "Clinic", null, "ONSITE", nurse, new String[0], new String[0]);
        UUID second = catalogue.job("Developer", "Initech", null, "REMOTE", developer, new String[0], new String[0]);
        UUID unembedded = catalogue.job("Cook", "Bistro", null, "ONSITE", null, new String[0], new String[0]);

        EmbeddingCentre centre = centres.refresh();

        EmbeddingCentre reference = EmbeddingCentre.reference("scoring/test-reference-centre.tsv");
        assertArrayEquals(reference.mean(), centre.mean(), 1e-6f);
        assertArrayEquals(reference.mean(), stored("SELECT mean::text FROM embedding_centre"), 1e-6f);
        assertArrayEquals(centre.direction(nurse), stored(directionOf(first)), 1e-5f);
        assertArrayEquals(centre.direction(developer), stored(directionOf(second)), 1e-5f);
        assertNull(stored(directionOf(unembedded)));

        // A job embedded later gets its direction from the stored centre at once.
        float[] carer = Catalogue.vector(0, 1, 0.25);
        UUID third = catalogue.job("Carer", "Home", null, "ONSITE", carer, new String[0], new String[0]);
        assertArrayEquals(centre.direction(carer), stored(directionOf(third)), 1e-5f);
        assertEquals(centre.similarity(nurse, carer),
                Vectors.cosine(stored(directionOf(first)), stored(directionOf(third))), 1e-5);

        // The catalogue moved, far: the centre does not.
        for (int i = 0; i < 20; i++) {
            catalogue.job("Welder " + i, "Works", null, "ONSITE", Catalogue.vector(7, 8 + i, 0.4), new String[0], new String[0]);
        }
        assertArrayEquals(reference.mean(), centres.refresh().mean(), 1e-6f);
        assertArrayEquals(centre.direction(nurse), stored(directionOf(first)), 1e-5f);

        // A stored centre that is not the reference (the catalogue's mean an older version stored) is replaced, and
        // every job's direction rewritten from the reference.
        catalogue.execute("UPDATE embedding_centre SET mean = '%s'".formatted(RetrievalStore.toLiteral(
                Vectors.mean(List.of(Vectors.unit(nurse), Vectors.unit(developer))))));
        catalogue.execute("UPDATE jobs SET centred_embedding = centred_embedding(embedding) WHERE embedding IS NOT NULL");
        assertArrayEquals(reference.mean(), centres.refresh().mean(), 1e-6f);
        assertArrayEquals(reference.mean(), stored("SELECT mean::text FROM embedding_centre"), 1e-6f);
        assertArrayEquals(centre.direction(nurse), stored(directionOf(first)), 1e-5f);
    }

    /**
     * The learnt semantic metric the service ships (scoring/semantic-metric.tsv with the model's reference centre):
     * stored beside the centre, it scales every job's direction in the database as scoring scales a resume's, so
     * retrieval orders by the similarity scoring measures; a store configured without it (the tests') puts the plain
     * directions back.
     */
    @Test
    void theLearntMetricScalesEveryJobsDirectionAsScoringDoes() {
        float[] scale = EmbeddingCentre.scale("scoring/semantic-metric.tsv");
        assertEquals(384, scale.length);
        double meanWeight = 0;
        for (float value : scale) {
            meanWeight += value * value / scale.length;
        }
        assertEquals(1, meanWeight, 0.01, "the metric's weights (squared scales) average 1");

        Catalogue catalogue = new Catalogue(dataSource);
        catalogue.clear();
        float[] nurse = Catalogue.vector(0, 1, 0.3);
        float[] carer = Catalogue.vector(0, 1, 0.25);
        float[] developer = Catalogue.vector(0, 2, 0.3);
        UUID first = catalogue.job("Nurse", "Clinic", null, "ONSITE", nurse, new String[0], new String[0]);
        UUID second = catalogue.job("Carer", "Home", null, "ONSITE", carer, new String[0], new String[0]);
        EmbeddingCentre plain = EmbeddingCentre.reference("scoring/reference-centre.tsv");
        EmbeddingCentre learnt = plain.scaledBy(scale);
        // A person's stored ranking, scored and reached with the similarity before the metric.
        UUID user = UUID.randomUUID();
        UUID resume = UUID.randomUUID();
        catalogue.execute("INSERT INTO user_job_matches (user_id, job_id, resume_id, overall_score) VALUES ('%s', '%s', '%s', 0.7)"
                .formatted(user, first, resume));
        catalogue.execute("INSERT INTO match_reach (resume_id, user_id, direction, reach) VALUES ('%s', '%s', '%s', 0.4)"
                .formatted(resume, user, RetrievalStore.toLiteral(plain.direction(nurse))));
        try {
            EmbeddingCentre centre = new EmbeddingCentreStore(dataSource, Duration.ZERO, learnt).refresh();

            // The ranking is ranked again, as bulk work, and any new job may enter it until then.
            assertEquals(1, catalogue.count("SELECT count(*) FROM match_recompute_queue WHERE reason = 'RESUME'"
                    + " AND status = 'pending' AND priority = 1 AND resume_id = '%s'".formatted(resume)));
            assertEquals(1, catalogue.count("SELECT count(*) FROM match_reach WHERE reach IS NULL AND resume_id = '%s'"
                    .formatted(resume)));

            assertArrayEquals(scale, stored("SELECT scale::text FROM embedding_centre"), 1e-6f);
            assertArrayEquals(learnt.direction(nurse), stored(directionOf(first)), 1e-5f);
            assertEquals(centre.similarity(nurse, carer),
                    Vectors.cosine(stored(directionOf(first)), stored(directionOf(second))), 1e-5);
            assertNotEquals(plain.similarity(nurse, developer), learnt.similarity(nurse, developer), 1e-3,
                    "the metric weighs the dimensions, or it would change nothing");
            // A job embedded later is scaled by the stored metric at once (the trigger).
            UUID third = catalogue.job("Developer", "Initech", null, "REMOTE", developer, new String[0], new String[0]);
            assertArrayEquals(learnt.direction(developer), stored(directionOf(third)), 1e-5f);
        } finally {
            centres.refresh();
        }
        assertNull(stored("SELECT scale::text FROM embedding_centre"));
        EmbeddingCentre reference = EmbeddingCentre.reference("scoring/test-reference-centre.tsv");
        assertArrayEquals(reference.direction(nurse), stored(directionOf(first)), 1e-5f);
        assertEquals(1, catalogue.count("SELECT count(*) FROM match_recompute_queue WHERE resume_id = '%s'".formatted(resume)),
                "a ranking already waiting to be ranked again is queued once");
        catalogue.clear();
    }

    private static String directionOf(UUID job) {
        return "SELECT centred_embedding::text FROM jobs WHERE id = '%s'".formatted(job);
    }

    private float[] stored(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            String value = rs.getString(1);
            return value == null ? null : RetrievalStore.fromLiteral(value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
