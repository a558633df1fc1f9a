package com.jobmatch.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses; the {@code type} URI names the status so clients can switch on it. */
public final class Problems {

    private static final String TYPE_BASE = "https://jobmatch.dev/problems/";

    private Problems() {
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return response(new Problem(typeFor(status), title, status, detail, null, null,
                errors == null || errors.isEmpty() ? null : errors));
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == 202) {
            // Accepted but not ready yet (e.g. a resume still being parsed): tell clients when to ask again.
            builder.header(HttpHeaders.RETRY_AFTER, "2");
        }
        return builder.build();
    }

    public static String typeFor(int status) {
        return TYPE_BASE + switch (status) {
            case 202 -> "not-ready";
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
    }

    public static String titleFor(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
