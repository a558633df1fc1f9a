package com.jobmatch.resume.versions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into resume_data as corrections and optimization suggestions name it: {@code summary},
 * {@code contact_info.email}, {@code work_experience[0].description}, {@code skills}.
 */
public final class FieldPath {

    private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)((?:\\[\\d{1,3}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final String text;
    private final List<Object> steps;

    private FieldPath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    /** @param field the request field the path came from, named in the 400 if it is malformed */
    public static FieldPath parse(String path, String field) {
        if (path == null || path.isBlank() || path.length() > 200) {
            throw ProblemException.invalidField(field, "must be a field path such as contact_info.email");
        }
        List<Object> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw ProblemException.invalidField(field, "'" + path + "' is not a field path such as work_experience[0].company");
            }
            steps.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(Integer.valueOf(index.group(1)));
            }
        }
        if ("confidence".equals(steps.getFirst()) || "total_experience_months".equals(steps.getFirst())) {
            throw ProblemException.invalidField(field, "'" + path + "' is computed, not entered");
        }
        return new FieldPath(path, steps);
    }

    /**
     * Sets the value at this path in {@code root} (a mutable copy of resume_data). An index one past the end of
     * an array appends; a string set on a list of strings is added to it.
     */
    public void set(ObjectNode root, JsonNode value, String field) {
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            Object next = steps.get(i + 1);
            node = child(node, step, next instanceof Integer, field);
        }
        Object last = steps.getLast();
        if (last instanceof String name && node instanceof ObjectNode object) {
            JsonNode existing = object.get(name);
            if (existing instanceof ArrayNode list && value.isTextual() && isListOfStrings(list)) {
                if (!contains(list, value)) {
                    list.add(value);
                }
            } else {
                object.set(name, value);
            }
        } else if (last instanceof Integer index && node instanceof ArrayNode array && index <= array.size()) {
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else {
            throw notFound(field);
        }
    }

    /** The value at this path in {@code root}, or null when the path leads nowhere; nothing is created. */
    public JsonNode get(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer index ? node.get(index.intValue()) : node.get((String) step);
        }
        return node;
    }

    private JsonNode child(JsonNode node, Object step, boolean arrayExpected, String field) {
        if (step instanceof String name && node instanceof ObjectNode object) {
            JsonNode child = object.get(name);
            if (child == null || child.isNull()) {
                child = arrayExpected ? object.putArray(name) : object.putObject(name);
            }
            return child;
        }
        if (step instanceof Integer index && node instanceof ArrayNode array && index <= array.size()) {
            if (index == array.size()) {
                return array.addObject();
            }
            return array.get(index);
        }
        throw notFound(field);
    }

    private static boolean isListOfStrings(ArrayNode list) {
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(ArrayNode list, JsonNode value) {
        for (JsonNode item : list) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private ProblemException notFound(String field) {
        return ProblemException.invalidField(field, "'" + text + "' does not exist in this resume");
    }

    @Override
    public String toString() {
        return text;
    }
}
