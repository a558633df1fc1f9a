package com.jobmatch.matching.client;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CandidateProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * resume-service. Searchable careers (the sample for the category transition matrix, and recruiters' candidates)
 * are empty when unavailable. A resume's profile is different: without it there is nothing to match, so an
 * outage is reported (503) instead of being hidden behind a fallback; an unknown resume is empty. A resume that
 * is still being parsed (resume-service answers 409: no data yet) is neither: it is reported as "not ready" (202),
 * and, like an unknown resume, neither retried nor counted by the circuit breaker, so a big batch of uploads
 * being parsed cannot open the breaker and turn everyone's matches into 503s.
 */
@ApplicationScoped
public class ResumeClient {

    private static final Logger LOG = Logger.getLogger(ResumeClient.class);

    private final ResumeRestClient api;

    public ResumeClient(@RestClient ResumeRestClient api) {
        this.api = api;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "searchableUnavailable")
    /**
     * Resumes visible to recruiters of {@code organization} (null: only those visible to every organization), as their
     * owners decided in resume-service.
     */
    public Optional<Page<CandidateProfile>> searchable(int page, int size, UUID organization) {
        return Optional.of(api.searchable(page, size, organization));
    }

    Optional<Page<CandidateProfile>> searchableUnavailable(int page, int size, UUID organization, Throwable cause) {
        LOG.warnf("resume-service searchable profiles unavailable: %s", FailureText.of(cause));
        return Optional.empty();
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, abortOn = {NotFound.class, NotReady.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, skipOn = {NotFound.class, NotReady.class})
    public Optional<CandidateProfile> profile(UUID resumeId) {
        try {
            return Optional.ofNullable(api.candidateProfile(resumeId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                throw new NotFound();
            }
            if (e.getResponse().getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new NotReady();
            }
            throw e;
        }
    }

    /** Same as {@link #profile} but an unknown resume is simply absent. */
    public Optional<CandidateProfile> find(UUID resumeId) {
        try {
            return profile(resumeId);
        } catch (NotFound e) {
            return Optional.empty();
        } catch (NotReady e) {
            throw notReady();
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    public static ProblemException unavailable(Throwable cause) {
        return ProblemException.unavailable("Resume service unavailable",
                "Resumes cannot be read right now; try again shortly (" + cause.getClass().getSimpleName() + ")", cause);
    }

    /** 202: the resume exists but has no data yet; the client asks again once it is parsed. */
    public static ProblemException notReady() {
        return new ProblemException(Response.Status.ACCEPTED.getStatusCode(), "Resume not ready",
                "The resume is still being processed (parsing); its matches follow once it is parsed. Ask again shortly.",
                java.util.List.of());
    }

    /** resume-service has the resume but no data of it yet (it is waiting to be parsed or being parsed). */
    public static final class NotReady extends RuntimeException {
        NotReady() {
            super("resume not ready", null, false, false);
        }
    }

    /** resume-service does not know the resume: not a failure, so neither retried nor counted by the breaker. */
    public static final class NotFound extends RuntimeException {
        NotFound() {
            super("resume not found", null, false, false);
        }
    }
}
