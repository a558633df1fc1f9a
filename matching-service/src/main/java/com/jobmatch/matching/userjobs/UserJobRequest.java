package com.jobmatch.matching.userjobs;

import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A posting a person brings: its text pasted, or its URL (a page with schema.org JobPosting JSON-LD, or any page whose
 * text is the posting). Exactly one of {@code text} and {@code url}. {@code title} and {@code company} override what
 * is read; {@code resumeId} asks for the score against that resume (theirs) in the same answer.
 */
public record UserJobRequest(@Size(max = 100_000) String text, @Size(max = 2048) String url, @Size(max = 500) String title,
                             @Size(max = 300) String company, UUID resumeId) {
}
