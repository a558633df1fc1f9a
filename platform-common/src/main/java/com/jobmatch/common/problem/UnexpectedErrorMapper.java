package com.jobmatch.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Anything unexpected: logged with a reference id, answered as a 500 carrying only that id. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        return serverError(e);
    }

    static Response serverError(Throwable e) {
        return serverError(e, 500);
    }

    /**
     * A failure with a 5xx status of its own (e.g. another service's answer surfacing from its REST client), answered
     * like any unexpected one. An outage status (502, 503, 504) is logged as one warning naming the failure's class;
     * anything else with its stack trace.
     */
    static Response serverError(Throwable e, int status) {
        String referenceId = UUID.randomUUID().toString();
        if (ProblemExceptionMapper.isOutage(status)) {
            LOG.warnf("Unavailable (%d), reference %s, cause %s", status, referenceId, e.getClass().getName());
        } else {
            LOG.errorf(e, "Unexpected failure (%d), reference %s", status, referenceId);
        }
        return Problems.response(new Problem(Problems.typeFor(status), Problems.titleFor(status), status,
                "Something went wrong on our side; quote the reference id when you report it", null, referenceId, null));
    }
}
