package com.jobmatch.matching.interactions;

import com.jobmatch.matching.applications.ApplicationService;
import com.jobmatch.matching.applications.ApplicationStatus;
import com.jobmatch.matching.applications.JobApplication;
import com.jobmatch.matching.matches.MatchStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Records what a person does with matches: dismissing removes the job from their rankings for good; saving or
 * applying also tracks the job in their application pipeline.
 */
@ApplicationScoped
public class InteractionService {

    private final MatchStore matches;
    private final ApplicationService applications;

    public InteractionService(MatchStore matches, ApplicationService applications) {
        this.matches = matches;
        this.applications = applications;
    }

    @Transactional
    public UserJobInteraction record(UUID userId, UUID resumeId, UUID jobId, InteractionType type) {
        UserJobInteraction interaction = new UserJobInteraction();
        interaction.userId = userId;
        interaction.jobId = jobId;
        interaction.type = type;
        interaction.data = Map.of("resumeId", resumeId.toString());
        interaction.persist();
        switch (type) {
            case DISMISSED -> matches.forget(userId, jobId);
            case VIEWED -> matches.markViewed(userId, jobId);
            default -> matches.markStatus(userId, jobId, type.name());
        }
        if (type == InteractionType.SAVED || type == InteractionType.APPLIED) {
            track(userId, resumeId, jobId, ApplicationStatus.valueOf(type.name()));
        }
        return interaction;
    }

    /** Starts the application, or moves a saved one on to applied; a later stage is never moved back. */
    private void track(UUID userId, UUID resumeId, UUID jobId, ApplicationStatus status) {
        JobApplication.<JobApplication>find("userId = ?1 and jobId = ?2", userId, jobId).firstResultOptional()
                .ifPresentOrElse(existing -> {
                    if (existing.status == ApplicationStatus.SAVED && status == ApplicationStatus.APPLIED) {
                        applications.move(existing, status, "applied from the match list", null);
                    }
                }, () -> applications.start(userId, jobId, resumeId, null, status, "from the match list"));
    }

    @Transactional
    public MatchFeedback feedback(UUID userId, UUID jobId, boolean helpful, String reason, String comment) {
        MatchFeedback feedback = new MatchFeedback();
        feedback.userId = userId;
        feedback.jobId = jobId;
        feedback.helpful = helpful;
        feedback.reason = reason;
        feedback.comment = comment;
        feedback.interactionId = UserJobInteraction.<UserJobInteraction>find(
                "userId = ?1 and jobId = ?2 order by timestamp desc", userId, jobId).firstResultOptional()
                .map(i -> i.id).orElse(null);
        feedback.persist();
        return feedback;
    }
}
