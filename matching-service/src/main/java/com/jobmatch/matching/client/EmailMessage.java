package com.jobmatch.matching.client;

import java.util.UUID;

/** An email user-service sends to one of its users ({@code kind}: STAGE_CHANGED, INTERVIEW_SCHEDULED, ...). */
public record EmailMessage(UUID userId, String kind, String subject, String text) {
}
