package com.jobmatch.user.accounts;

import com.jobmatch.common.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problem+json of platform-common plus Retry-After, which ProblemException cannot carry. */
public class LoginThrottledMapper {

    @ServerExceptionMapper
    public Response throttled(LoginThrottled e) {
        return Response.fromResponse(Problems.response(e.status(), e.title(), e.getMessage(), null))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds())
                .build();
    }
}
