package com.jobmatch.common.problem;

/** One invalid input: which field (a JSON path, a query parameter or a form part) and why. */
public record FieldError(String field, String message) {
}
