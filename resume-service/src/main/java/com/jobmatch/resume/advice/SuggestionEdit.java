package com.jobmatch.resume.advice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.resume.versions.FieldPath;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What accepting one optimization suggestion changes in a draft of resume_data. A bullet rewrite edits only the
 * line it was made from (a role's description holds all its bullets, one per line); a section reorder records the
 * chosen order; any other suggestion sets its field.
 */
final class SuggestionEdit {

    static final String REWRITE_BULLET = "REWRITE_BULLET";
    static final String REORDER_SECTIONS = "REORDER_SECTIONS";
    /** The field ai-service names in a reorder suggestion; resume_data keeps the order as section_order. */
    private static final String SECTIONS_FIELD = "sections";

    /** A line's bullet marker, kept when the text after it is rewritten (the same markers ai-service strips). */
    private static final Pattern BULLET_LINE = Pattern.compile("^(\\s*(?:[-•*▪◦]\\s*)?)(.*?)(\\s*)$");

    private SuggestionEdit() {
    }

    /** Applies the suggestion to {@code draft}; a suggestion that no longer fits the resume is a 409. */
    static void apply(ResumeOptimization suggestion, ObjectNode draft) {
        try {
            if (REORDER_SECTIONS.equals(suggestion.suggestionType) && SECTIONS_FIELD.equals(suggestion.fieldPath)) {
                ArrayNode order = draft.putArray("section_order");
                Arrays.stream(suggestion.afterText.split(","))
                        .map(String::strip).filter(heading -> !heading.isEmpty()).forEach(order::add);
            } else if (REWRITE_BULLET.equals(suggestion.suggestionType) && suggestion.beforeText != null) {
                FieldPath path = FieldPath.parse(suggestion.fieldPath, "field");
                JsonNode current = path.get(draft);
                if (current == null || !current.isTextual()) {
                    throw stale("'" + suggestion.fieldPath + "' holds no text");
                }
                path.set(draft, TextNode.valueOf(rewriteLine(current.asText(), suggestion.beforeText,
                        suggestion.afterText)), "field");
            } else {
                FieldPath.parse(suggestion.fieldPath, "field").set(draft, TextNode.valueOf(suggestion.afterText), "field");
            }
        } catch (ProblemException e) {
            throw e.status() == 409 ? e : stale(e.getMessage());
        }
    }

    /** The text with the one line whose bullet text is {@code before} rewritten to {@code after}; other lines untouched. */
    static String rewriteLine(String text, String before, String after) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher line = BULLET_LINE.matcher(lines[i]);
            if (line.matches() && line.group(2).equals(before.strip())) {
                lines[i] = line.group(1) + after + line.group(3);
                return String.join("\n", lines);
            }
        }
        throw stale("the bullet '" + before + "' is no longer in the resume");
    }

    private static ProblemException stale(String why) {
        return ProblemException.conflict("The suggestion no longer applies to this resume: " + why);
    }
}
