package com.jobmatch.matching.interactions;


import java.time.OffsetDateTime;
import java.util.UUID;

public record FeedbackView(UUID id, UUID jobId, boolean helpful, String reason, String comment, OffsetDateTime at) {

    static FeedbackView of(MatchFeedback feedback) {
        return new FeedbackView(feedback.id, feedback.jobId, feedback.helpful, feedback.reason, feedback.comment,
                feedback.createdAt);
    }
}
