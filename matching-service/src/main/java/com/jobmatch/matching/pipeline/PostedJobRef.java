package com.jobmatch.matching.pipeline;

import java.util.UUID;

/** An organization's job as the pipeline needs it: whose it is, its catalogue id (null while a draft), its title. */
public record PostedJobRef(UUID postedJobId, UUID organizationId, UUID jobId, String title, String status) {
}
