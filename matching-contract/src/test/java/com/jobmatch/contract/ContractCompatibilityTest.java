package com.jobmatch.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.Evidence;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillLink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract evolves by additions: a reader must accept payloads written by an older writer
 * (fields missing) and by a newer one (fields it does not know). The mapper here is strict on
 * unknown fields on purpose, so only the records' own annotations make these tests pass.
 */
class ContractCompatibilityTest {

    private final ObjectMapper strictMapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void olderCandidatePayloadWithoutNewerFieldsStillReads() throws Exception {
        String v1 = """
                {"userId":"2f0f6a52-8f7e-4a57-9d8e-6c1f3c7e2b11","resumeId":"9b2d6c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
                 "skills":[{"skillId":"java","name":"Java"}],
                 "experience":[{"title":"Developer","company":"Acme","startDate":"2019-01-01","months":30}]}
                """;
        CandidateProfile profile = strictMapper.readValue(v1, CandidateProfile.class);

        assertEquals("java", profile.skills().getFirst().skillId());
        assertTrue(profile.skills().getFirst().evidence().isEmpty(), "missing lists read as empty, never null");
        assertEquals(LocalDate.of(2019, 1, 1), profile.experience().getFirst().startDate());
        assertEquals(30, profile.experience().getFirst().months());
        assertTrue(profile.certifications().isEmpty());
        assertFalse(profile.enriched());
    }

    @Test
    void newerPayloadWithUnknownFieldsStillReads() throws Exception {
        String future = """
                {"jobId":"5d5d5d5d-1111-2222-3333-444444444444","title":"Nurse","collarType":"PINK",
                 "requiredSkills":[{"skillId":"patient-care","name":"patient care","futureWeight":0.7}],
                 "aFieldFromTheFuture":{"nested":true}}
                """;
        JobProfile job = strictMapper.readValue(future, JobProfile.class);

        assertEquals(CollarType.PINK, job.collarType());
        assertEquals("patient-care", job.requiredSkills().getFirst().skillId());
    }

    @Test
    void aSkillsLinkRoundTripsAndAnOlderSkillWithoutOneReadsAsNamed() throws Exception {
        Skill related = new Skill("ict-system-integration", "ICT system integration", "knowledge", null, 0.9,
                List.of(new Evidence("resume", "system integration", 4, 22)), SkillLink.RELATED);
        Skill read = strictMapper.readValue(strictMapper.writeValueAsString(related), Skill.class);
        assertEquals(related, read);
        assertFalse(read.named());
        ExtractedSkill extracted = new ExtractedSkill("sk-etl", "ETL", "knowledge", null, "ETL", 0, 3, 0.9,
                "DICTIONARY", SkillLink.NAMED);
        assertEquals(extracted, strictMapper.readValue(strictMapper.writeValueAsString(extracted), ExtractedSkill.class));
        Skill older = strictMapper.readValue("{\"skillId\":\"java\",\"name\":\"Java\"}", Skill.class);
        assertTrue(older.named());
        assertFalse(strictMapper.writeValueAsString(older).contains("\"named\""), "named() is no property");
    }

    @Test
    void matchResultRoundTrips() throws Exception {
        String json = """
                {"jobId":"5d5d5d5d-1111-2222-3333-444444444444","overallScore":72.5,
                 "subScores":{"skills":80.0,"experience":null},
                 "weights":{"qualification":0.15,"experience":0.2,"skills":0.35,"location":0.1,"category":0.1,"personalization":0.1},
                 "knockOuts":[{"type":"VISA","requirement":"work permit","detail":"needs sponsorship"}]}
                """;
        MatchResult result = strictMapper.readValue(json, MatchResult.class);
        MatchResult again = strictMapper.readValue(strictMapper.writeValueAsString(result), MatchResult.class);

        assertEquals(result, again);
        assertEquals(1.0, again.weights().sum(), 1e-9);
        assertEquals(80.0, again.subScores().skills());
        assertEquals(null, again.subScores().experience());
        assertEquals("VISA", again.knockOuts().getFirst().type());
    }
}
