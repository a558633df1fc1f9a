package com.jobmatch.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.problem.FieldError;
import com.jobmatch.common.problem.Problem;
import com.jobmatch.common.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Writes problem+json from Vert.x route handlers, which run before (or instead of) the REST layer and its mappers. */
final class EdgeProblems {

    private EdgeProblems() {
    }

    static void reject(RoutingContext ctx, ObjectMapper mapper, int status, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem(Problems.typeFor(status), title, status, detail, null, null,
                errors == null || errors.isEmpty() ? null : errors);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
            return;
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 413 || status == 414 || status == 431) {
            // The rest of an oversized request is not read: the connection cannot be reused.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response().end(body);
    }

    static void rejectField(RoutingContext ctx, ObjectMapper mapper, String field, String message) {
        reject(ctx, mapper, 400, "Invalid request", field + ": " + message, List.of(new FieldError(field, message)));
    }
}
