package com.jobmatch.common.problem;

import java.util.List;

/** Thrown by domain and API code to answer with a specific problem; mapped to problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final transient List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    /** With the failure behind it (e.g. a REST client's exception), which the log names by its class only. */
    public ProblemException(int status, String title, String detail, List<FieldError> errors, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * 503: a service we depend on is down (its client's fallback or circuit breaker gave up), an expected outage that
     * is logged as one warning naming {@code cause}'s class (when there is one), without a stack trace.
     */
    public static ProblemException unavailable(String title, String detail, Throwable cause) {
        return new ProblemException(503, title, detail, List.of(), cause);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "Invalid request", field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Invalid request", detail, List.of());
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " was not found", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
