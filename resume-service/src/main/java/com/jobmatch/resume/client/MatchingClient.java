package com.jobmatch.resume.client;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.ResumeChangedEvent;
import com.jobmatch.contract.model.JobProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/** matching-service: resume change events and the job profiles optimizations target. */
@ApplicationScoped
public class MatchingClient {

    private static final Logger LOG = Logger.getLogger(MatchingClient.class);

    private final MatchingEventsRestClient events;
    private final JobCatalogRestClient jobs;

    public MatchingClient(@RestClient MatchingEventsRestClient events, @RestClient JobCatalogRestClient jobs) {
        this.events = events;
        this.jobs = jobs;
    }

    /** False when matching-service did not take the event; the work queue tries again later. */
    @Timeout(5_000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "notDelivered")
    public boolean resumeChanged(ResumeChangedEvent event) {
        events.resumeChanged(event);
        return true;
    }

    /**
     * Empty when matching-service is unavailable; an unknown job is the caller's mistake (400 naming jobId). A job the
     * resume's owner brought for themselves is theirs only: matching-service serves it for {@code owner} alone.
     */
    @Timeout(5_000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "jobUnavailable", skipOn = ProblemException.class)
    public Optional<JobProfile> jobProfile(UUID jobId, UUID owner) {
        try {
            return Optional.of(jobs.jobProfile(jobId, owner));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.invalidField("jobId", "no job with this id");
            }
            throw e;
        }
    }

    boolean notDelivered(ResumeChangedEvent event, Throwable cause) {
        LOG.warnf("matching-service did not take resume-changed for %s: %s", event.resumeId(), cause.toString());
        return false;
    }

    Optional<JobProfile> jobUnavailable(UUID jobId, UUID owner, Throwable cause) {
        LOG.warnf("matching-service job profile %s unavailable: %s", jobId, cause.toString());
        return Optional.empty();
    }
}
