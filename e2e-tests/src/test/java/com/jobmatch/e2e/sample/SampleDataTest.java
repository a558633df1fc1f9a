package com.jobmatch.e2e.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.e2e.support.Repository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed sample data is what the generator writes, and varied enough to demo matching. */
class SampleDataTest {

    private static final Path DIR = Repository.root().resolve("scripts/sample-data");

    @Test
    void jobsJsonIsUpToDateWithTheGenerator() throws Exception {
        assertEquals(SampleJobs.toJson(SampleJobs.generate()), Files.readString(DIR.resolve("jobs.json")),
                "regenerate with SampleDataTool (see its comment)");
    }

    @Test
    void jobsCoverEveryCollarWithUniqueIdsAndTheFieldsTheImportRequires() throws Exception {
        JsonNode jobs = new ObjectMapper().readTree(DIR.resolve("jobs.json").toFile());
        assertTrue(jobs.size() >= 300, "a few hundred jobs");
        Set<String> ids = new HashSet<>();
        for (JsonNode job : jobs) {
            assertTrue(ids.add(job.path("externalId").asText()), "duplicate " + job.path("externalId"));
            for (String field : List.of("title", "company", "source", "description")) {
                assertFalse(job.path(field).asText().isBlank(), job.path("externalId") + " has no " + field);
            }
            JsonNode salary = job.path("salary");
            assertTrue(salary.path("min").decimalValue().compareTo(salary.path("max").decimalValue()) <= 0);
            assertTrue(job.path("url").asText().startsWith("https://"));
        }
        Map<String, Long> perIndustry = Occupation.ALL.stream().collect(Collectors.groupingBy(Occupation::industry, Collectors.counting()));
        Set<String> industries = new HashSet<>();
        jobs.forEach(job -> industries.add(job.path("industries").get(0).asText()));
        assertEquals(perIndustry.keySet(), industries);
        assertEquals(Set.of("white", "blue", "pink", "grey", "green"),
                Occupation.ALL.stream().map(Occupation::collar).collect(Collectors.toSet()));
    }

    @Test
    void demoResumePdfHoldsTheDemoResumeText() throws Exception {
        String expected = normalise(Files.readString(DIR.resolve("demo-resume.txt")));
        try (var pdf = Loader.loadPDF(DIR.resolve("demo-resume.pdf").toFile())) {
            assertEquals(expected, normalise(new PDFTextStripper().getText(pdf)));
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
