package com.jobmatch.matching.talent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A hot-list entry; names are not part of it (the candidate is known by ids until they apply). */
public record HotListView(UUID id, UUID candidateUserId, UUID resumeId, Availability availability, LocalDate availableFrom,
                          List<String> tags, String note, UUID addedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
