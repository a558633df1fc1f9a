package com.jobmatch.matching.pipeline;

import java.util.List;
import java.util.UUID;

/** The applicants of one of the organization's jobs, best match first. */
public record Applicants(UUID postedJobId, UUID jobId, List<ApplicantView> items) {
}
