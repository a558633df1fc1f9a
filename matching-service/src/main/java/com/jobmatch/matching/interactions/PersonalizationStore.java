package com.jobmatch.matching.interactions;

import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.matches.JobProfileStore;
import com.jobmatch.matching.scoring.PersonalizationSignals;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A person's taste as the scorer sees it: every interaction and feedback, summed per job. */
@ApplicationScoped
public class PersonalizationStore {

    /** Enough history to learn from without letting years-old clicks dominate. */
    static final int RECENT_EVENTS = 500;

    private final JobProfileStore jobs;

    public PersonalizationStore(JobProfileStore jobs) {
        this.jobs = jobs;
    }

    public PersonalizationSignals signals(UUID userId) {
        Map<UUID, Double> strengthByJob = new TreeMap<>();
        List<UserJobInteraction> interactions = UserJobInteraction.find("userId = ?1 order by timestamp desc", userId)
                .page(0, RECENT_EVENTS).list();
        interactions.forEach(i -> strengthByJob.merge(i.jobId, i.type.strength(), Double::sum));
        List<MatchFeedback> feedback = MatchFeedback.find("userId = ?1 order by createdAt desc", userId)
                .page(0, RECENT_EVENTS).list();
        feedback.forEach(f -> strengthByJob.merge(f.jobId, f.helpful ? MatchFeedback.STRENGTH : -MatchFeedback.STRENGTH,
                Double::sum));
        if (strengthByJob.isEmpty()) {
            return PersonalizationSignals.NONE;
        }
        Map<UUID, JobProfile> profiles = jobs.load(strengthByJob.keySet());
        List<PersonalizationSignals.JobSignal> signals = new ArrayList<>();
        strengthByJob.forEach((jobId, strength) -> {
            JobProfile job = profiles.get(jobId);
            if (job != null && strength != 0) {
                signals.add(new PersonalizationSignals.JobSignal(job, strength));
            }
        });
        return PersonalizationSignals.from(signals);
    }

    public boolean dismissed(UUID userId, UUID jobId) {
        return UserJobInteraction.count("userId = ?1 and jobId = ?2 and type = ?3", userId, jobId,
                InteractionType.DISMISSED) > 0;
    }
}
