package com.jobmatch.matching.postings;

import java.time.OffsetDateTime;
import java.util.UUID;

public record TemplateView(UUID id, UUID organizationId, String name, PostingFields posting, UUID createdBy,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
