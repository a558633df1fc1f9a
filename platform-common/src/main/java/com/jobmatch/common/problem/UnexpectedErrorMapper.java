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

    /** A failure of ours with a 5xx status of its own (e.g. 503), logged and answered like any unexpected one. */
    static Response serverError(Throwable e, int status) {
        String referenceId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure (%d), reference %s", status, referenceId);
        return Problems.response(new Problem(Problems.typeFor(status), Problems.titleFor(status), status,
                "Something went wrong on our side; quote the reference id when you report it", null, referenceId, null));
    }
}
