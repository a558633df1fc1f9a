package com.jobmatch.matching.interactions;

import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.applications.ApplicationService;
import com.jobmatch.matching.applications.ApplicationStatus;
import com.jobmatch.matching.matches.MatchStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
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
    private final InteractionRepository interactions;
    private final FeedbackRepository feedback;

    public InteractionService(MatchStore matches, ApplicationService applications, InteractionRepository interactions,
                              FeedbackRepository feedback) {
        this.matches = matches;
        this.applications = applications;
        this.interactions = interactions;
        this.feedback = feedback;
    }

    @Transactional
    public InteractionView record(UUID userId, UUID resumeId, UUID jobId, InteractionType type) {
        UserJobInteraction interaction = new UserJobInteraction();
        interaction.userId = userId;
        interaction.jobId = jobId;
        interaction.type = type;
        interaction.data = Map.of("resumeId", resumeId.toString());
        interactions.persist(interaction);
        switch (type) {
            case DISMISSED -> matches.forget(userId, jobId);
            case VIEWED -> matches.markViewed(userId, jobId);
            default -> matches.markStatus(userId, jobId, type.name());
        }
        if (type == InteractionType.SAVED || type == InteractionType.APPLIED) {
            applications.track(userId, resumeId, jobId, ApplicationStatus.valueOf(type.name()));
        }
        // Flushed so the view carries the time the database sets.
        interactions.flush();
        return InteractionView.of(interaction);
    }

    @Transactional
    public FeedbackView feedback(UUID userId, UUID jobId, boolean helpful, String reason, String comment) {
        MatchFeedback verdict = new MatchFeedback();
        verdict.userId = userId;
        verdict.jobId = jobId;
        verdict.helpful = helpful;
        verdict.reason = reason;
        verdict.comment = comment;
        verdict.interactionId = interactions.latest(userId, jobId).map(i -> i.id).orElse(null);
        feedback.persistAndFlush(verdict);
        return FeedbackView.of(verdict);
    }

    /** A person's interactions, newest first. */
    @Transactional
    public Page<InteractionView> interactionsOf(UUID userId, int page, int size) {
        return new Page<>(interactions.of(userId, page, size).stream().map(InteractionView::of).toList(), page, size,
                interactions.countOf(userId));
    }

    /** A person's feedback, newest first. */
    @Transactional
    public Page<FeedbackView> feedbackOf(UUID userId, int page, int size) {
        return new Page<>(feedback.of(userId, page, size).stream().map(FeedbackView::of).toList(), page, size,
                feedback.countOf(userId));
    }
}
