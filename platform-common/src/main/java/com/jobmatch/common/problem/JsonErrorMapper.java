package com.jobmatch.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.jobmatch.common.input.InvalidCharacterException;
import com.jobmatch.common.input.TextRules;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Malformed JSON and values of the wrong type as a 400 that says where, without echoing internals.
 * One method per Jackson type because Quarkus ships mappers for the specific subtypes, and the most
 * specific mapper wins.
 */
public class JsonErrorMapper {

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response invalidCharacter(InvalidCharacterException e) {
        String field = fieldOf(e);
        return Problems.response(400, "Invalid request", field + ": " + TextRules.INVALID_CHARACTER_MESSAGE,
                List.of(new FieldError(field, TextRules.INVALID_CHARACTER_MESSAGE)));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper
    public Response processing(JsonProcessingException e) {
        return malformedJson(e);
    }

    static Response malformedJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.response(400, "Malformed JSON", "The request body is not valid JSON" + where, null);
    }

    private static String fieldOf(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field.isEmpty() ? "body" : field;
    }

    private static Response wrongType(JsonMappingException e) {
        if (e.getPath().isEmpty() && e.getMessage() != null && e.getMessage().contains("No content")) {
            return Problems.response(400, "Malformed JSON", "The request body is empty; a JSON document is required", null);
        }
        String field = fieldOf(e);
        String message = "has the wrong type or format (see the JSON schema in the OpenAPI document)";
        return Problems.response(400, "Invalid request", field + ": " + message, List.of(new FieldError(field, message)));
    }
}
