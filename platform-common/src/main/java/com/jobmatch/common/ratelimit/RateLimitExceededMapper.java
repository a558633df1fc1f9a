package com.jobmatch.common.ratelimit;

import com.jobmatch.common.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The problem+json of platform-common plus Retry-After, which a plain ProblemException cannot carry. */
@Provider
public class RateLimitExceededMapper implements ExceptionMapper<RateLimitExceeded> {

    @Override
    public Response toResponse(RateLimitExceeded e) {
        Response problem = Problems.response(e.status(), e.title(), e.getMessage(), e.errors());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
