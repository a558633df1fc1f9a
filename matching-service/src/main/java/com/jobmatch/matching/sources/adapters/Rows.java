package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.imports.ParsedRow;
import com.jobmatch.matching.sources.SourceProblem;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Maps a provider's array of postings row by row: a row that cannot be mapped is rejected with its reason, not the page. */
final class Rows {

    private Rows() {
    }

    static List<ParsedRow> map(JsonNode array, Function<JsonNode, JobPosting> mapping) {
        List<ParsedRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode item : array) {
            number++;
            if (!item.isObject()) {
                rows.add(ParsedRow.unreadable(number, "not a JSON object"));
                continue;
            }
            try {
                rows.add(ParsedRow.of(number, mapping.apply(item)));
            } catch (IllegalArgumentException | DateTimeParseException | SourceProblem.Malformed e) {
                rows.add(ParsedRow.unreadable(number, e.getMessage()));
            }
        }
        return rows;
    }

    /** The array the provider documents, or a clear error naming what was expected. */
    static JsonNode array(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new SourceProblem.Malformed("expected " + what + " (a JSON array), got " + node.getNodeType().toString().toLowerCase());
        }
        return node;
    }

    /** A provider id with its namespace: "greenhouse:acme:4012345". Throws when the row has no id. */
    static String id(String namespace, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: missing");
        }
        return namespace + ":" + id.strip();
    }
}
