package com.jobmatch.matching.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.matching.catalogue.JobPosting;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads "our shape": an array of postings, or an object whose {@code jobs} field is that array. */
@ApplicationScoped
public class JsonPostingReader {

    private final ObjectMapper mapper;

    public JsonPostingReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<ParsedRow> read(String body) {
        JsonNode root = tree(mapper, body);
        JsonNode items = root.isArray() ? root : root.path("jobs");
        if (!items.isArray()) {
            throw ProblemException.invalidField("body", "expected an array of postings or an object with a 'jobs' array");
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                rows.add(ParsedRow.unreadable(i + 1, "row: not a JSON object"));
                continue;
            }
            try {
                rows.add(ParsedRow.of(i + 1, mapper.treeToValue(item, JobPosting.class)));
            } catch (JsonProcessingException e) {
                rows.add(ParsedRow.unreadable(i + 1, reason(e)));
            }
        }
        return rows;
    }

    static JsonNode tree(ObjectMapper mapper, String body) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw ProblemException.invalidField("body", "is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Constraint failures (e.g. nesting too deep) carry no location.
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ProblemException.invalidField("body", "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /** "salary.min: ..." rather than Jackson's full message with class names. */
    static String reason(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String target = mismatch.getTargetType() == null ? "value" : mismatch.getTargetType().getSimpleName();
            return field + ": cannot be read as " + target;
        }
        return "row: " + e.getOriginalMessage();
    }
}
