package com.jobmatch.matching.userjobs;

import com.jobmatch.matching.catalogue.Job;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A job the person brought: what was read from it, where it came from ({@code text} or {@code url}) and whether
 * enrichment (skills, embedding) is done; until then a score is computed without them.
 */
public record UserJobView(UUID id, String title, String company, String location, String url, String sourceType,
                          String sourceUrl, List<String> keySkills, String enrichment, OffsetDateTime createdAt) {

    static UserJobView of(Job job, UserJobStore.Origin origin) {
        return new UserJobView(job.id, job.title, job.company, job.location, job.url, origin.sourceType(), origin.sourceUrl(),
                job.keySkills, job.enrichedAt != null ? "DONE" : "PENDING", job.createdAt);
    }
}
