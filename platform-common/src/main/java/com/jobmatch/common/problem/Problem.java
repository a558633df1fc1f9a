package com.jobmatch.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names the offending fields, {@code referenceId} ties a 500 to its log line. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String referenceId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
