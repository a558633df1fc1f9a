package com.jobmatch.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Unknown routes (404), wrong methods (405), wrong media types (415) and the like, as problem+json. These are the
 * client's mistakes and are not logged (no stack trace for a 4xx); a 5xx goes to {@link UnexpectedErrorMapper}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            // Ours to fix (e.g. a REST client's answer from another service surfacing here): logged with its stack trace
            // under a reference id, keeping its status, and the client sees no library text.
            return UnexpectedErrorMapper.serverError(e, status);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return JsonErrorMapper.malformedJson(json);
        }
        String detail = switch (status) {
            case 404 -> "No resource matches this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 400 -> e.getCause() == null ? "The request is malformed" : "The request is malformed: " + e.getCause().getClass().getSimpleName();
            case 415 -> "This media type is not supported here; send application/json unless the endpoint says otherwise";
            default -> e.getMessage();
        };
        Response response = Problems.response(status, Problems.titleFor(status), detail, null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }
}
