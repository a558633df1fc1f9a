package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.WorkArrangement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record JobSummary(UUID id, String externalId, String title, String company, String location, String source,
                         OffsetDateTime postedAt, OffsetDateTime discoveredAt, WorkArrangement workArrangement,
                         String experienceLevel, List<String> industries, CollarType collarType, boolean enriched) {

    static JobSummary of(Job j) {
        return new JobSummary(j.id, j.externalId, j.title, j.company, j.location, j.source, j.postedAt, j.discoveredAt,
                j.workArrangement, j.experienceLevel, j.industries, j.collarType, j.enrichedAt != null);
    }
}
