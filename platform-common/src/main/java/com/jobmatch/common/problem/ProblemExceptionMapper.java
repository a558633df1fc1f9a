package com.jobmatch.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Problems our code raises on purpose. A 4xx is the client's mistake, expected: answered, never logged with a stack
 * trace. A 5xx (e.g. 503 while a service we need is down) is ours: logged with its stack trace under a reference
 * id that the answer carries, as for any unexpected failure.
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
        LOG.errorf(e, "%d %s, reference %s", e.status(), e.title(), referenceId);
        return Problems.response(new Problem(Problems.typeFor(e.status()), e.title(), e.status(), e.getMessage(), null,
                referenceId, e.errors().isEmpty() ? null : e.errors()));
    }
}
