package com.jobmatch.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures as a 400 naming each field, e.g. {@code email} or {@code skills[2].name}. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid";
        return Problems.response(400, "Invalid request", detail, errors);
    }

    /** Drops the method and parameter nodes (e.g. {@code register.request.}) so only the client's field path remains. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String pending = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> pending = node.getName();
                default -> {
                    String name = node.getName();
                    if (node.getIndex() != null) {
                        name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
                    } else if (node.getKey() != null) {
                        name = (name == null ? "" : name) + "[" + node.getKey() + "]";
                    }
                    if (name != null && !name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return pending == null ? "request" : pending;
        }
        return String.join(".", names).replace(".[", "[");
    }
}
