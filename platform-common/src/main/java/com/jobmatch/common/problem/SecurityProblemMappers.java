package com.jobmatch.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as problem+json (authentication is lazy, so failures reach the REST layer). */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return Problems.response(401, "Unauthorized", "A valid bearer token is required", null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Problems.response(401, "Unauthorized", "A valid bearer token is required", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.response(403, "Forbidden", "Your role does not allow this operation", null);
    }
}
