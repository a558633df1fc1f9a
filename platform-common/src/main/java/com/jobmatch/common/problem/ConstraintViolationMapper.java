package com.jobmatch.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
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

    /**
     * Drops the method and parameter nodes (e.g. {@code register.request.}) so only the client's field path remains.
     * Hibernate Validator puts an element's index on the node after its container, and names container elements
     * {@code <list element>}: both are folded into JSON-style subscripts ({@code links[0].url}, {@code titles[0]},
     * {@code roles[]} for sets).
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String pending = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> pending = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        if (names.isEmpty() && pending != null) {
                            names.add(pending);
                        }
                        if (!names.isEmpty()) {
                            names.set(names.size() - 1, names.getLast() + subscript(node));
                        }
                    }
                    String name = node.getName();
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && name != null && !name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return pending == null ? "request" : pending;
        }
        return String.join(".", names);
    }

    private static String subscript(Path.Node node) {
        if (node.getIndex() != null) {
            return "[" + node.getIndex() + "]";
        }
        return node.getKey() != null ? "[" + node.getKey() + "]" : "[]";
    }
}
