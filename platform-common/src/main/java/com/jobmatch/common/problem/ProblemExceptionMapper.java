package com.jobmatch.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Problems our code raises on purpose. A 4xx is the client's mistake, expected: answered, never logged. An outage
 * (502, 503, 504: a service we need is down and its client's fallback or circuit breaker gave up) is expected too:
 * one warning with the reference id the answer carries and the class of the failure behind it, no stack trace, so a
 * minute of downtime does not fill the log with identical traces. Any other 5xx is ours to fix: logged with its stack
 * trace under the reference id, as for any unexpected failure.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    @Override
    public Response toResponse(ProblemException e) {
        if (e.status() < 500) {
            return Problems.response(e.status(), e.title(), e.getMessage(), e.errors());
        }
        String referenceId = UUID.randomUUID().toString();
        if (isOutage(e.status())) {
            LOG.warnf("%d %s, reference %s, cause %s", e.status(), e.title(), referenceId,
                    e.getCause() == null ? "not given" : e.getCause().getClass().getName());
        } else {
            LOG.errorf(e, "%d %s, reference %s", e.status(), e.title(), referenceId);
        }
        return Problems.response(new Problem(Problems.typeFor(e.status()), e.title(), e.status(), e.getMessage(), null,
                referenceId, e.errors().isEmpty() ? null : e.errors()));
    }

    /** The statuses that say another service is unreachable or overloaded, not that our code failed. */
    static boolean isOutage(int status) {
        return status == 502 || status == 503 || status == 504;
    }
}
